import type { Db } from "../client";
import type { BasketSet } from "@/lib/basket/pack-baskets";

export type BasketLevel = "product" | "category";
export type Baskets = { baskets: BasketSet; names: string[] };

/** Orders placed from startMs (included) to endMs (excluded), UTC instants as in lib/kpi/period. */
export type BasketPeriod = { startMs: number; endMs: number };

/** One basket per counted order: the distinct skus (or categories) of its purchase lines, as
 * small integer ids for the miner, streamed from SQLite in order id order and packed as they come
 * (lib/basket/pack-baskets.ts: 585k baskets as arrays held ~120 MB of heap at 1M lines). Without a
 * period, all orders. */
export function getBaskets(db: Db, ws: number, level: BasketLevel, period?: BasketPeriod): Baskets {
  // order_facts.counted is the same status rule as the KPIs (lib/kpi/counted.ts), without reading each
  // order's status text; products are read by id and named once at the end (1.2 → 0.8 s at 1M lines).
  const byProduct = level === "product";
  const params = period ? [ws, period.startMs, period.endMs] : [ws];
  const from = `FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id ${byProduct ? "" : "JOIN products p ON p.id = l.product_id"}
       WHERE l.workspace_id = ? AND l.quantity > 0 AND f.counted
       ${period ? "AND f.ordered_at >= ? AND f.ordered_at < ?" : ""}
       AND l.order_id >= ? AND l.order_id < ?
       ORDER BY l.order_id`;
  // Read a range of order ids at a time with all(): one call per row through iterate() cost ~40% more
  // (1M lines: ~330 → ~200 ms), and a range holds whole orders and a bounded number of lines.
  const [lo, hi] = db.$client.prepare("SELECT coalesce(min(id), 0), coalesce(max(id), -1) FROM orders").raw().get() as [number, number];
  function* chunks<T>(stmt: { all: (...p: unknown[]) => unknown[] }): Generator<T[]> {
    for (let a = lo; a <= hi; a += ORDERS_PER_READ) yield stmt.all(...params, a, a + ORDERS_PER_READ) as T[];
  }
  const ids = new Map<string | number, number>();
  const keys: (string | number)[] = [];
  const items: number[] = [];
  const offsets: number[] = [0];
  let current = -1;
  let start = 0; // where the current basket's items begin
  const add = (order: number, key: string | number) => {
    if (order !== current) {
      if (items.length > start) offsets.push(items.length);
      start = items.length;
      current = order;
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.push(key) - 1;
      ids.set(key, id);
    }
    for (let i = start; i < items.length; i++) if (items[i] === id) return;
    items.push(id);
  };
  const packing = byProduct ? productPacking(db, ws) : null;
  if (packing) {
    // One number per line, order id and product packed together: a row of two values costs
    // better-sqlite3 ~0.55 µs, one plucked value ~0.35 µs (954k lines: 858 → ~650 ms for the page).
    const packed = db.$client.prepare(`SELECT l.order_id * ${packing.scale} + (l.product_id - ${packing.base}) ${from}`).pluck();
    for (const chunk of chunks<number>(packed)) {
      for (const v of chunk) {
        const order = Math.floor(v / packing.scale);
        add(order, v - order * packing.scale + packing.base);
      }
    }
  } else {
    const item = byProduct ? "l.product_id" : "coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), 'Uncategorised')";
    const rows = db.$client.prepare(`SELECT l.order_id AS o, ${item} AS item ${from}`).raw();
    for (const chunk of chunks<[number, string | number]>(rows)) for (const [order, key] of chunk) add(order, key);
  }
  if (items.length > start) offsets.push(items.length);
  const baskets: BasketSet = { items: Int32Array.from(items), offsets: Int32Array.from(offsets) };
  if (!byProduct) return { baskets, names: keys as string[] };
  const sku = new Map(
    (db.$client.prepare("SELECT id, sku FROM products WHERE workspace_id = ?").raw().all(ws) as [number, string][]).map(([id, s]) => [id, s]),
  );
  return { baskets, names: keys.map((k) => sku.get(k as number)!) };
}

const ORDERS_PER_READ = 16_384;

/** How to pack (order id, product id) into one exact double: product ids relative to the workspace's
 * lowest, order ids times a power of two above the product range; null when that would not stay below 2^53. */
function productPacking(db: Db, ws: number): { base: number; scale: number } | null {
  const r = db.$client
    .prepare("SELECT min(id) AS lo, max(id) AS hi, (SELECT max(id) FROM orders) AS orders FROM products WHERE workspace_id = ?")
    .get(ws) as { lo: number | null; hi: number | null; orders: number | null };
  if (r.lo === null || r.hi === null || r.orders === null) return null;
  const scale = 2 ** Math.ceil(Math.log2(r.hi - r.lo + 2));
  return (r.orders + 1) * scale < Number.MAX_SAFE_INTEGER ? { base: r.lo, scale } : null;
}
