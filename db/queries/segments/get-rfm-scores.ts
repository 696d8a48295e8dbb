import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import { scoreRfm, type RfmScore, type RfmValues } from "@/lib/segments/rfm";

export type RfmCustomer = RfmScore & { customerKey: string };

const DAY_MS = 86_400_000;

/**
 * RFM of every customer with a counted order up to the period's end, scored against each other
 * (lib/segments/rfm.ts). All counted orders count, whatever the view's filters: like history, a
 * customer's RFM is theirs, and a filter only picks which customers a table shows.
 * Recency is in whole 24-hour days before the period's end; monetary is rounded to cents so
 * sums that differ only by floating-point noise tie.
 */
export function getRfmScores(db: Db, ws: number, period: Pick<Period, "endMs">): RfmCustomer[] {
  // Customers in id order, each one's orders by a range of order_facts_customer_idx (covering): no
  // sort of every order by customer (0.70 → 0.19 s at 1M lines). "+" keeps SQLite scanning customers.
  const rows = db.all<RfmValues & { customerKey: string }>(sql`
    SELECT c.id AS customerId, c.customer_key AS customerKey,
           cast((${period.endMs} - max(f.ordered_at)) / ${DAY_MS} AS integer) AS recencyDays,
           count(*) AS frequency, round(sum(f.revenue), 2) AS monetary
    FROM customers c CROSS JOIN order_facts f ON f.customer_id = c.id AND f.counted = 1 AND f.ordered_at < ${period.endMs}
    WHERE +c.workspace_id = ${ws}
    GROUP BY c.id
    ORDER BY c.id`);
  return scoreRfm(rows);
}
