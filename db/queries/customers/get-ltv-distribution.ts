import type { Db } from "../../client";
import { summarizeValues, type Distribution } from "@/lib/customers/distribution";

export type { Distribution } from "@/lib/customers/distribution";

/** Revenue per customer over counted orders (returns net off), for customers with one or more: mean,
 * percentiles and a histogram up to the 99th percentile (the last bar holds the rest). One pass over
 * the orders, then the summary in memory: the totals are one number per customer, and ranking them in
 * SQL took three more passes (1 s at 1M order lines). */
export function getLtvDistribution(db: Db, ws: number): Distribution {
  const totals = db.$client
    .prepare("SELECT sum(revenue) FROM order_facts WHERE workspace_id = ? AND counted GROUP BY customer_id")
    .raw()
    .all(ws) as [number][];
  return summarizeValues(totals.map((t) => t[0]));
}
