import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Rng } from "@/lib/demo/random";

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
        out.push({ sku: `SKU-${String(out.length).padStart(4, "0")}`, category, family: `Family ${i}`, tier: t, price, cost: Math.round(price * 0.55 * 100) / 100 });
      }
    } else {
      out.push({ sku: `SKU-${String(out.length).padStart(4, "0")}`, category, family: null, tier: null, price: base, cost: Math.round(base * 0.6 * 100) / 100 });
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

/** About `lines` order lines: ~200k customers per 1M lines, 2.5 lines an order, 2 years, some
 * refunds, cancellations and returns; streamed, so 5M lines need no memory. Deterministic. */
export async function writeOrdersCsv(path: string, lines: number, catalog: Catalog, seed = 11): Promise<number> {
  const rng = new Rng(seed);
  const customers = Math.max(1000, Math.round(lines / 5));
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  out.write("order_id,order_date,customer_id,sku,quantity,unit_price,discount,status,channel\n");
  let written = 0;
  let order = 0;
  let buf = "";
  while (written < lines) {
    order++;
    const customer = Math.floor(Math.pow(rng.next(), 1.3) * customers); // some customers order often
    const day = Math.floor(rng.next() * DAYS);
    const at = new Date(START + day * 86_400_000 + Math.floor(rng.next() * 12 * 3_600_000)).toISOString();
    const r = rng.next();
    const status = r < 0.02 ? "refunded" : r < 0.035 ? "cancelled" : "paid";
    const channel = r < 0.6 ? "web" : r < 0.85 ? "app" : "marketplace";
    const n = 1 + Math.floor(rng.next() * rng.next() * 4.2);
    for (let k = 0; k < n && written < lines; k++) {
      const p = catalog[Math.floor(Math.pow(rng.next(), 1.5) * catalog.length)];
      const qty = rng.next() < 0.01 ? -1 : 1 + Math.floor(rng.next() * rng.next() * 3);
      const discount = rng.next() < 0.1 ? Math.round(p.price * 0.1 * 100) / 100 : 0;
      buf += `O${order},${at},C${customer},${p.sku},${qty},${p.price},${qty > 0 ? discount : 0},${status},${channel}\n`;
      written++;
    }
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.write(buf);
  out.end();
  await once(out, "finish");
  return written;
}
