import type { Db } from "../../client";
import { countedOrdersByCustomerText } from "../kpis/counted-orders-by-customer";
import type { ClvTransaction } from "@/lib/clv/types";

/** Counted orders as (customer, time, revenue) for the lifetime-value models; customers are
 * named by their own key (never personal data). */
export function getClvTransactions(db: Db, workspaceId: number): ClvTransaction[] {
  return db.$client
    .prepare(
      `SELECT c.customer_key AS customerId, f.ordered_at AS date, f.revenue AS amount
       FROM ${countedOrdersByCustomerText()}
       ORDER BY c.id, f.ordered_at`,
    )
    .all(workspaceId) as ClvTransaction[];
}
