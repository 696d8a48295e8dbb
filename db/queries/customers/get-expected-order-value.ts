import { sql } from "drizzle-orm";
import type { Db } from "../../client";

export type ExpectedOrderValue = {
  /** Mean revenue of the target product(s) per counted order that has them; else their mean list price. */
  value: number | null;
  source: "orders" | "list_price" | null;
  orders: number;
};

/** What one more purchase of the target product(s) is worth, from the orders that had them. */
export function getExpectedOrderValue(db: Db, productIds: readonly number[]): ExpectedOrderValue {
  if (productIds.length === 0) return { value: null, source: null, orders: 0 };
  const ids = sql.join(
    productIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const fromOrders = db.get<{ value: number | null; orders: number }>(sql`
    SELECT avg(r) AS value, count(*) AS orders FROM (
      SELECT sum(l.quantity * l.unit_price - l.discount) AS r
      FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
      WHERE l.product_id IN (${ids}) AND l.quantity > 0 AND f.counted
      GROUP BY l.order_id
    )`);
  if (fromOrders.value !== null) return { value: fromOrders.value, source: "orders", orders: fromOrders.orders };
  const list = db.get<{ value: number | null }>(sql`SELECT avg(price) AS value FROM products WHERE id IN (${ids})`);
  return { value: list.value, source: list.value === null ? null : "list_price", orders: 0 };
}
