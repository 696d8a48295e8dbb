import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { CITIES } from "@/lib/demo/customers";
import { Rng, cumulative } from "@/lib/demo/random";

const CATEGORIES = 30;
const SKUS = 1000;
const START = Date.parse("2024-11-01T07:00:00Z");
const DAYS = 730;

export type Catalog = { sku: string; category: string; family: string | null; tier: number | null; price: number; cost: number }[];

/** 1,000 skus in 30 categories; a third sit in families of 2-4 tiers, prices rising by tier. */
export function makeCatalog(seed = 7): Catalog {
  const rng = new Rng(seed);
  const out: Catalog = [];
  for (let i = 0; out.length < SKUS; i++) {
    const category = `Category ${String((i % CATEGORIES) + 1).padStart(2, "0")}`;
    const base = Math.round((5 + rng.next() * 195) * 100) / 100;
    if (i % 3 === 0) {
      const tiers = 2 + Math.floor(rng.next() * 3);
      for (let t = 1; t <= tiers && out.length < SKUS; t++) {
        const price = Math.round(base * (1 + 0.5 * (t - 1)) * 100) / 100;
        out.push({
          sku: `SKU-${String(out.length).padStart(4, "0")}`,
          category,
          family: `Family ${i}`,
          tier: t,
          price,
          cost: Math.round(price * 0.55 * 100) / 100,
        });
      }
    } else {
      out.push({
        sku: `SKU-${String(out.length).padStart(4, "0")}`,
        category,
        family: null,
        tier: null,
        price: base,
        cost: Math.round(base * 0.6 * 100) / 100,
      });
    }
  }
  return out;
}

export async function writeProductsCsv(path: string, catalog: Catalog): Promise<void> {
  const out = createWriteStream(path);
  out.write("sku,name,category,family,tier,price,cost\n");
  for (const p of catalog) out.write(`${p.sku},Product ${p.sku},${p.category},${p.family ?? ""},${p.tier ?? ""},${p.price},${p.cost}\n`);
  out.end();
  await once(out, "finish");
}

type OrderEvent = { order: number; customer: number; atMs: number; status: string };

/** The orders of the dataset, one callback per order with its lines; the random stream is the
 * same whatever the caller writes, so orders and offers files of one size agree. */
const customerCount = (lines: number) => Math.max(1000, Math.round(lines / 5));

function forEachOrder(lines: number, catalog: Catalog, seed: number, emit: (o: OrderEvent, lines: string[]) => void): number {
  const rng = new Rng(seed);
  const customers = customerCount(lines);
  let written = 0;
  let order = 0;
  while (written < lines) {
    order++;
    const customer = Math.floor(Math.pow(rng.next(), 1.3) * customers); // some customers order often
    const day = Math.floor(rng.next() * DAYS);
    const atMs = START + day * 86_400_000 + Math.floor(rng.next() * 12 * 3_600_000);
    const at = new Date(atMs).toISOString();
    const r = rng.next();
    const status = r < 0.02 ? "refunded" : r < 0.035 ? "cancelled" : "paid";
    const channel = r < 0.6 ? "web" : r < 0.85 ? "app" : "marketplace";
    const n = 1 + Math.floor(rng.next() * rng.next() * 4.2);
    const out: string[] = [];
    for (let k = 0; k < n && written < lines; k++) {
      const p = catalog[Math.floor(Math.pow(rng.next(), 1.5) * catalog.length)];
      const qty = rng.next() < 0.01 ? -1 : 1 + Math.floor(rng.next() * rng.next() * 3);
      const discount = rng.next() < 0.1 ? Math.round(p.price * 0.1 * 100) / 100 : 0;
      out.push(`O${order},${at},C${customer},${p.sku},${qty},${p.price},${qty > 0 ? discount : 0},${status},${channel}\n`);
      written++;
    }
    emit({ order, customer, atMs, status }, out);
  }
  return written;
}

async function writeStreamed(path: string, header: string, fill: (push: (s: string) => void) => void): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  out.write(header);
  const chunks: string[] = [];
  let size = 0;
  fill((s) => {
    chunks.push(s);
    size += s.length;
    if (size > 1 << 22) {
      out.write(chunks.join(""));
      chunks.length = 0;
      size = 0;
    }
  });
  out.write(chunks.join(""));
  out.end();
  await once(out, "finish");
}

/** About `lines` order lines: ~200k customers per 1M lines, 2.5 lines an order, 2 years, some
 * refunds, cancellations and returns. Deterministic. */
export async function writeOrdersCsv(path: string, lines: number, catalog: Catalog, seed = 11): Promise<number> {
  let written = 0;
  await writeStreamed(path, "order_id,order_date,customer_id,sku,quantity,unit_price,discount,status,channel\n", (push) => {
    written = forEachOrder(lines, catalog, seed, (_, rows) => push(rows.join("")));
  });
  return written;
}

// Four campaigns over the two years, like the demo's: an A/B test with a holdout, an upsell, a deep-sell, a bundle.
const CAMPAIGNS = [
  {
    key: "CMP-XSELL-AB",
    type: "cross_sell",
    from: "2025-03-01",
    to: "2025-08-31",
    cost: 25000,
    placement: "cart",
    variants: [
      ["A", 0.45, 0.18],
      ["B", 0.45, 0.24],
      ["control", 0.1, 0],
    ],
  },
  { key: "CMP-UPSELL", type: "upsell", from: "2025-10-01", to: "2026-01-31", cost: 15000, placement: "product_page", variants: [["", 1, 0.2]] },
  { key: "CMP-DEEP", type: "deep_sell", from: "2026-03-01", to: "2026-06-30", cost: 8000, placement: "checkout", variants: [["", 1, 0.22]] },
  { key: "CMP-BUNDLE", type: "bundle", from: "2026-08-01", to: "2026-10-31", cost: 12000, placement: "email", variants: [["", 1, 0.12]] },
] as const;

export async function writeCampaignsCsv(path: string): Promise<void> {
  await writeStreamed(path, "campaign_id,name,type,start_date,end_date,cost,channel,placement,target_segment,promoted_skus\n", (push) => {
    for (const c of CAMPAIGNS) push(`${c.key},Campaign ${c.key},${c.type},${c.from},${c.to},${c.cost},web,${c.placement},,\n`);
  });
}

/** Offers shown to a third of the customers ordering during a campaign, five minutes before that order;
 * an accepted offer is linked to the order. Holdout customers are never shown one. */
export async function writeOffersCsv(path: string, lines: number, catalog: Catalog, seed = 11): Promise<void> {
  const rng = new Rng(seed + 1);
  const windows = CAMPAIGNS.map((c) => ({ ...c, start: Date.parse(`${c.from}T00:00:00Z`), end: Date.parse(`${c.to}T23:59:59Z`) }));
  let n = 0;
  await writeStreamed(path, "offer_id,customer_id,campaign_id,shown_at,accepted,variant,placement,order_id,revenue\n", (push) => {
    forEachOrder(lines, catalog, seed, (o) => {
      const c = windows.find((w) => o.atMs >= w.start && o.atMs <= w.end);
      if (!c || rng.next() >= 0.33) return;
      let pick = rng.next();
      const [variant, , rate] = c.variants.find(([, share]) => (pick -= share) < 0) ?? c.variants[0];
      const accepted = rng.next() < rate;
      const shown = new Date(o.atMs - 300_000).toISOString();
      push(`F${++n},C${o.customer},${c.key},${shown},${accepted},${variant},${c.placement},${accepted ? `O${o.order}` : ""},\n`);
    });
  });
}

const GENDERS = ["female", "male", "other"];
const ACQUISITION = ["organic", "paid_search", "social", "email", "referral", "marketplace"];

/** The customers the orders file names (C0 …), with the demo's provinces, cities, genders and birth
 * years, so the segment pages group real values (a dozen regions, 19 cities) instead of one "(unknown)". */
export async function writeCustomersCsv(path: string, lines: number, seed = 13): Promise<void> {
  const rng = new Rng(seed);
  const cities = cumulative(CITIES.map((c) => c[3]));
  const genders = cumulative([51, 47, 2]);
  const channels = cumulative([35, 22, 15, 9, 8, 11]);
  await writeStreamed(path, "customer_id,signup_date,birth_year,gender,city,region,country,channel,marketing_opt_out\n", (push) => {
    for (let i = 0; i < customerCount(lines); i++) {
      const [city, region, country] = CITIES[rng.weighted(cities)];
      const signup = new Date(START - 1_000 * 86_400_000 + Math.floor(rng.next() * (DAYS + 1_000)) * 86_400_000).toISOString().slice(0, 10);
      const birthYear = 1946 + Math.floor(rng.next() * 60);
      push(
        `C${i},${signup},${birthYear},${GENDERS[rng.weighted(genders)]},${city},${region},${country},${ACQUISITION[rng.weighted(channels)]},${rng.next() < 0.08}\n`,
      );
    }
  });
}
