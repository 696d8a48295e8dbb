import type { Db } from "../client";
import type { ClvTransaction } from "@/lib/clv/types";

/** Counted orders as (customer, time, revenue) for the lifetime-value models; customers are
 * named by their own key (never personal data). */
export function getClvTransactions(db: Db, ws: number): ClvTransaction[] {
  return db.$client
    .prepare(
      `SELECT c.customer_key AS customerId, f.ordered_at AS date, f.revenue AS amount
       FROM order_facts f JOIN customers c ON c.id = f.customer_id
       WHERE f.workspace_id = ? AND f.counted
       ORDER BY f.customer_id, f.ordered_at`,
    )
    .all(ws) as ClvTransaction[];
}
