import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";
import type { Db } from "../client";

export type BasketLevel = "product" | "category";
export type Baskets = { baskets: number[][]; names: string[] };

const uncounted = UNCOUNTED_STATUSES.map((s) => `'${s}'`).join(",");

/** Orders placed from startMs (included) to endMs (excluded), UTC instants as in lib/kpi/period. */
export type BasketPeriod = { startMs: number; endMs: number };

/** One basket per counted order: the distinct skus (or categories) of its purchase lines, as
 * small integer ids for the miner, streamed from SQLite in order id order. Without a period, all orders. */
export function getBaskets(db: Db, ws: number, level: BasketLevel, period?: BasketPeriod): Baskets {
  const item =
    level === "product" ? "p.sku" : "coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), 'Uncategorised')";
  const rows = db.$client
    .prepare(
      `SELECT l.order_id AS o, ${item} AS item
       FROM order_lines l JOIN orders od ON od.id = l.order_id JOIN products p ON p.id = l.product_id
       WHERE l.workspace_id = ? AND l.quantity > 0 AND coalesce(lower(trim(od.status)), '') NOT IN (${uncounted})
       ${period ? "AND od.ordered_at >= ? AND od.ordered_at < ?" : ""}
       ORDER BY l.order_id`,
    )
    .raw()
    .iterate(...(period ? [ws, period.startMs, period.endMs] : [ws])) as IterableIterator<[number, string]>;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const baskets: number[][] = [];
  let current = -1;
  let basket: number[] = [];
  for (const [order, name] of rows) {
    if (order !== current) {
      if (basket.length) baskets.push(basket);
      basket = [];
      current = order;
    }
    let id = ids.get(name);
    if (id === undefined) {
      id = names.push(name) - 1;
      ids.set(name, id);
    }
    if (!basket.includes(id)) basket.push(id);
  }
  if (basket.length) baskets.push(basket);
  return { baskets, names };
}
