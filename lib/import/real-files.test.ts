import { createReadStream, existsSync, openSync, readFileSync, readSync, closeSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { detectFormat } from "./detecting/detect-format";
import { parseRows } from "./parse-rows";
import type { OrderLineRecord } from "./records";
import type { RowRejection } from "./row-batch";

// Real exports from ../shared/datasets (see its README), present in CI but not needed at run time.
// Each count is asserted twice: hard-coded (verified once by hand) and recomputed here from the raw
// file with a deliberately simple line splitter (none of these files has a line break inside a value).
const DATA = path.join(import.meta.dirname, "../../../shared/datasets");
const SHOP = path.join(DATA, "shop_exports");
const RETAIL = path.join(DATA, "online_retail");

interface Parsed {
  records: OrderLineRecord[];
  rejections: RowRejection[];
  rowsRead: number;
  preset: string | null;
  cancelledOrders: Set<string>;
  setAside: Record<string, number>;
}

async function parseFile(file: string, keep: (r: OrderLineRecord) => boolean = () => true): Promise<Parsed & { counts: Counts }> {
  const sample = Buffer.alloc(1024 * 1024);
  const fd = openSync(file, "r");
  const n = readSync(fd, sample, 0, sample.length, 0);
  closeSync(fd);
  const { format } = detectFormat(new Uint8Array(sample.subarray(0, n)), { totalBytes: statSync(file).size });
  const out: Parsed = { records: [], rejections: [], rowsRead: 0, preset: format.preset, cancelledOrders: new Set(), setAside: {} };
  const orders = new Set<string>();
  const customers = new Set<string>();
  const guestOrders = new Set<string>();
  let lines = 0;
  for await (const batch of parseRows(createReadStream(file, { highWaterMark: 64 * 1024 }), { format, timeZone: "Europe/London" })) {
    if (batch.kind !== "orders") throw new Error(`expected orders, got ${batch.kind}`);
    for (const r of batch.records) {
      lines++;
      orders.add(r.orderId);
      const customer = r.customerId ?? r.customerEmail ?? r.customerPhone;
      if (customer === null) guestOrders.add(r.orderId);
      else customers.add(customer);
      if (r.status === "cancelled") out.cancelledOrders.add(r.orderId);
      if (keep(r)) out.records.push(r);
    }
    out.rejections.push(...batch.rejections);
    for (const [reason, n] of Object.entries(batch.setAside ?? {})) out.setAside[reason] = (out.setAside[reason] ?? 0) + n;
    out.rowsRead = batch.progress.rowsRead;
  }
  return { ...out, counts: { lines, orders: orders.size, customers: customers.size, guestOrders: guestOrders.size } };
}

interface Counts {
  lines: number;
  orders: number;
  customers: number;
  /** Orders with no customer id, e-mail or phone: guest checkouts, imported without a customer. */
  guestOrders: number;
}

/** The simple method: split lines, split fields honouring quotes. */
function readRaw(file: string, sep: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const split = (line: string): string[] => {
    if (!line.includes('"')) return line.split(sep);
    const out: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === sep && !quoted) {
        out.push(cur);
        cur = "";
      } else cur += c;
    }
    out.push(cur);
    return out;
  };
  const [header, ...rows] = lines.map(split);
  return { header, rows };
}

function countShopify(file: string): Counts & { statusByOrder: Record<string, number>; discountByOrder: Map<string, number> } {
  const { header, rows } = readRaw(file, ",");
  const col = (name: string) => header.indexOf(name);
  const [name, email, fin, cancelled, disc, lineDisc, qty, price, item, sku] = [
    "Name",
    "Email",
    "Financial Status",
    "Cancelled at",
    "Discount Amount",
    "Lineitem discount",
    "Lineitem quantity",
    "Lineitem price",
    "Lineitem name",
    "Lineitem sku",
  ].map(col);
  const first = new Map<string, string[]>();
  const orders = new Set<string>();
  const customers = new Set<string>();
  const guestOrders = new Set<string>();
  const statusByOrder: Record<string, number> = {};
  const gross = new Map<string, number>();
  const lineDiscounts = new Map<string, number>();
  let lines = 0;
  for (const r of rows) {
    if (!first.has(r[name])) first.set(r[name], r);
    const f = first.get(r[name])!;
    const mail = (r[email] || f[email]).trim().toLowerCase();
    if (r[item] === "Tip" && r[sku] === "") continue; // a tip: no product, no revenue
    lines++;
    if (mail === "") guestOrders.add(r[name]); // no customer: a guest checkout
    gross.set(r[name], (gross.get(r[name]) ?? 0) + Number(r[qty]) * Number(r[price]));
    lineDiscounts.set(r[name], (lineDiscounts.get(r[name]) ?? 0) + Number(r[lineDisc]));
    if (mail !== "") customers.add(mail);
    if (!orders.has(r[name])) {
      orders.add(r[name]);
      const status = f[cancelled] !== "" && !["refunded", "voided"].includes(f[fin]) ? "cancelled" : f[fin];
      statusByOrder[status] = (statusByOrder[status] ?? 0) + 1;
    }
  }
  const discountByOrder = new Map([...orders].map((o) => [o, Math.max(lineDiscounts.get(o)!, Math.min(Number(first.get(o)![disc]), gross.get(o)!))]));
  return { lines, orders: orders.size, customers: customers.size, guestOrders: guestOrders.size, statusByOrder, discountByOrder };
}

// StockCodes UCI gives postage, carriage, fees and gift vouchers: set aside, not products.
const UCI_NON_PRODUCT = /^(POST|DOT|C2|BANK CHARGES|AMAZONFEE|CRUK|gift_\d+_\d+)$/;

function countUci(
  file: string,
  sep: string,
): Counts & { cancelledOrders: number; duplicates: number; noCustomer: number; negativePrice: number; nonProduct: number } {
  const { rows } = readRaw(file, sep);
  const orders = new Set<string>();
  const customers = new Set<string>();
  const guestOrders = new Set<string>();
  let lines = 0;
  let duplicates = 0;
  let noCustomer = 0;
  let negativePrice = 0;
  let nonProduct = 0;
  let invoice = "";
  let seen = new Set<string>();
  for (const r of rows) {
    if (r[0] !== invoice) {
      invoice = r[0];
      seen = new Set();
    }
    const whole = r.join(sep);
    if (seen.has(whole)) {
      duplicates++;
      continue;
    }
    seen.add(whole);
    if (UCI_NON_PRODUCT.test(r[1])) {
      nonProduct++;
      continue;
    }
    if (Number(r[5].replace(",", ".")) < 0) {
      negativePrice++; // "Adjust bad debt": rejected
      continue;
    }
    lines++;
    orders.add(r[0]);
    if (r[6] === "") {
      noCustomer++; // a guest checkout's line
      guestOrders.add(r[0]);
    } else customers.add(r[6]);
  }
  return {
    lines,
    orders: orders.size,
    customers: customers.size,
    guestOrders: guestOrders.size,
    negativePrice,
    nonProduct,
    cancelledOrders: [...orders].filter((o) => o.startsWith("C")).length,
    duplicates,
    noCustomer,
  };
}

const countBy = <T>(items: T[], key: (t: T) => string) => items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});

describe.skipIf(!existsSync(SHOP))("real shop exports", () => {
  it("Shopify petpads: 5,121 line rows of 3,885 orders, 3,602 customers; 208 tips set aside", async () => {
    const file = path.join(SHOP, "shopify_orders_export_petpads_2023-05_redacted.csv");
    const p = await parseFile(file);
    const raw = countShopify(file);
    expect(p.preset).toBe("shopify_orders");
    expect(p.rowsRead).toBe(5121);
    expect(p.counts).toEqual({ lines: 5121 - 208, orders: 3885, customers: 3602, guestOrders: 0 });
    expect(p.counts).toEqual({ lines: raw.lines, orders: raw.orders, customers: raw.customers, guestOrders: raw.guestOrders });
    expect(p.rejections).toEqual([]);
    // Status per order: financial status, or cancelled when only Cancelled at says so.
    const firstLines = p.records.filter((r, i, all) => i === 0 || all[i - 1].orderId !== r.orderId);
    expect(countBy(firstLines, (r) => r.status ?? "")).toEqual({ paid: 3719, partially_refunded: 121, refunded: 40, cancelled: 4, pending: 1 });
    expect(countBy(firstLines, (r) => r.status ?? "")).toEqual(raw.statusByOrder);
    // The lines of each order add up to its discount (Discount Amount, at most the order's value).
    const perOrder = new Map<string, number>();
    for (const r of p.records) perOrder.set(r.orderId, (perOrder.get(r.orderId) ?? 0) + r.discount);
    const off = [...raw.discountByOrder].filter(([o, d]) => Math.abs((perOrder.get(o) ?? 0) - d) > 0.005);
    expect(off).toEqual([]);
  });

  it("Shopify explorer: 98 rows of 81 orders; the 23 orders without e-mail are guest checkouts, not errors", async () => {
    const file = path.join(SHOP, "shopify_orders_export_explorer_2020-2022_redacted.csv");
    const p = await parseFile(file);
    const raw = countShopify(file);
    expect(p.rowsRead).toBe(98);
    expect(p.counts).toEqual({ lines: 98 - 1, orders: 81, customers: 54, guestOrders: 23 }); // one tip
    expect(p.counts).toEqual({ lines: raw.lines, orders: raw.orders, customers: raw.customers, guestOrders: raw.guestOrders });
    expect(p.rejections).toEqual([]);
    // Times carry their own offset, whatever the workspace zone: "2021-11-06 20:26:53 -0400".
    expect(new Date(p.records.find((r) => r.orderId === "#1078")!.orderedAt).toISOString()).toBe("2021-11-07T00:26:53.000Z");
  });

  it("WooCommerce skincare: 576 line rows of 336 orders, 321 customers (by billing phone key)", async () => {
    const file = path.join(SHOP, "woocommerce_orders_export_skincare_2025-11_12_redacted.csv");
    const p = await parseFile(file);
    const { header, rows } = readRaw(file, ";");
    const phone = header.indexOf("Phone (Billing)");
    expect(p.preset).toBe("woocommerce_orders");
    expect(p.counts).toEqual({ lines: 576, orders: 336, customers: 321, guestOrders: 0 });
    expect(p.counts).toEqual({
      lines: rows.length,
      orders: new Set(rows.map((r) => r[0])).size,
      customers: new Set(rows.map((r) => r[phone])).size,
      guestOrders: 0,
    });
    expect(p.rejections).toEqual([]);
    // Line prices are derived: per order they add up to the order total minus shipping.
    const total = header.indexOf("Order Total Amount");
    const shipping = header.indexOf("Order Shipping Amount");
    const net = new Map(rows.map((r) => [r[0], Number(r[total]) - Number(r[shipping])]));
    const sums = new Map<string, number>();
    for (const r of p.records) sums.set(r.orderId, (sums.get(r.orderId) ?? 0) + r.unitPrice * r.quantity);
    expect([...net].filter(([o, v]) => Math.abs(sums.get(o)! - v) > 0.02)).toEqual([]);
  });
});

describe.skipIf(!existsSync(RETAIL))("UCI Online Retail", () => {
  let uci: Parsed & { counts: Counts };
  const december = (r: OrderLineRecord) => r.orderedAt < Date.UTC(2011, 0, 1);

  beforeAll(async () => {
    uci = await parseFile(path.join(RETAIL, "online_retail_uci.csv"), december);
  }, 60_000);

  it("541,909 lines: 534,408 order lines of 25,657 orders, 4,372 customers and 3,615 guest invoices", () => {
    const raw = countUci(path.join(RETAIL, "online_retail_uci.csv"), ",");
    expect(uci.preset).toBe("uci_online_retail");
    expect(uci.rowsRead).toBe(541_909);
    expect(uci.counts).toEqual({ lines: 534_408, orders: 25_657, customers: 4_372, guestOrders: 3_615 });
    expect(uci.counts).toEqual({ lines: raw.lines, orders: raw.orders, customers: raw.customers, guestOrders: raw.guestOrders });
    // Lines without a CustomerID are guest checkouts (134,178 of them), not errors; only the two
    // "Adjust bad debt" lines, at a negative price, are refused.
    const reasons = countBy(uci.rejections, (r) => r.message.replace(/-?\d+(\.\d+)?/g, "N"));
    expect(Object.values(reasons)).toEqual([2]);
    // Postage (POST, DOT), carriage (C2), fees (BANK CHARGES, AMAZONFEE, CRUK) and gift vouchers are set aside.
    expect(uci.setAside).toEqual({
      "Identical lines of one invoice, counted once (UCI Online Retail)": 5_268,
      "Postage and carriage lines: not a product, not revenue (UCI Online Retail)": 2_110,
      "Fees and charges (bank charges, marketplace fees, commission): not a product, not revenue (UCI Online Retail)": 87,
      "Gift voucher lines: a way to pay, not a product (UCI Online Retail)": 34,
    });
    expect([raw.duplicates, raw.noCustomer, raw.negativePrice, raw.nonProduct]).toEqual([5_268, 134_178, 2, 2_110 + 87 + 34]);
  });

  it("marks the 3,696 C-invoices with a product line cancelled (124 of them a guest's)", () => {
    const raw = countUci(path.join(RETAIL, "online_retail_uci.csv"), ",");
    expect(uci.cancelledOrders.size).toBe(3_696);
    expect(uci.cancelledOrders.size).toBe(raw.cancelledOrders);
    expect([...uci.cancelledOrders].every((o) => o.startsWith("C"))).toBe(true);
  });

  it("the EU-format December file (';', decimal comma, dd.mm.yyyy) gives the same records as December of the UCI file", async () => {
    const eu = await parseFile(path.join(RETAIL, "online_retail_2010-12_EU_FORMAT_DERIVED.csv"));
    const raw = countUci(path.join(RETAIL, "online_retail_2010-12_EU_FORMAT_DERIVED.csv"), ";");
    expect(eu.rowsRead).toBe(42_481);
    expect(eu.counts).toEqual({ lines: 41_836, orders: 2_009, customers: 947, guestOrders: 308 });
    expect(eu.counts).toEqual({ lines: raw.lines, orders: raw.orders, customers: raw.customers, guestOrders: raw.guestOrders });
    expect(eu.records).toEqual(uci.records);
    expect(eu.rejections).toEqual(uci.rejections.filter((r) => r.line <= 42_482));
  });
});
