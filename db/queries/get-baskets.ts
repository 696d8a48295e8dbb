import type { Db } from "../client";

export type BasketLevel = "product" | "category";
export type Baskets = { baskets: number[][]; names: string[] };

/** Orders placed from startMs (included) to endMs (excluded), UTC instants as in lib/kpi/period. */
export type BasketPeriod = { startMs: number; endMs: number };

/** One basket per counted order: the distinct skus (or categories) of its purchase lines, as
 * small integer ids for the miner, streamed from SQLite in order id order. Without a period, all orders. */
export function getBaskets(db: Db, ws: number, level: BasketLevel, period?: BasketPeriod): Baskets {
  // order_facts.counted is the same status rule as the KPIs (lib/kpi/counted.ts), without reading each
  // order's status text; products are read by id and named once at the end (1.2 → 0.8 s at 1M lines).
  const byProduct = level === "product";
  const item = byProduct ? "l.product_id" : "coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), 'Uncategorised')";
  const rows = db.$client
    .prepare(
      `SELECT l.order_id AS o, ${item} AS item
       FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id ${byProduct ? "" : "JOIN products p ON p.id = l.product_id"}
       WHERE l.workspace_id = ? AND l.quantity > 0 AND f.counted
       ${period ? "AND f.ordered_at >= ? AND f.ordered_at < ?" : ""}
       ORDER BY l.order_id`,
    )
    .raw()
    .iterate(...(period ? [ws, period.startMs, period.endMs] : [ws])) as IterableIterator<[number, string | number]>;
  const ids = new Map<string | number, number>();
  const keys: (string | number)[] = [];
  const baskets: number[][] = [];
  let current = -1;
  let basket: number[] = [];
  for (const [order, key] of rows) {
    if (order !== current) {
      if (basket.length) baskets.push(basket);
      basket = [];
      current = order;
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.push(key) - 1;
      ids.set(key, id);
    }
    if (!basket.includes(id)) basket.push(id);
  }
  if (basket.length) baskets.push(basket);
  if (!byProduct) return { baskets, names: keys as string[] };
  const sku = new Map(
    (db.$client.prepare("SELECT id, sku FROM products WHERE workspace_id = ?").raw().all(ws) as [number, string][]).map(([id, s]) => [id, s]),
  );
  return { baskets, names: keys.map((k) => sku.get(k as number)!) };
}
