import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { countedOrdersByCustomer } from "../counted-orders-by-customer";
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
  const rows = db.all<RfmValues & { customerKey: string }>(sql`
    SELECT c.id AS customerId, c.customer_key AS customerKey,
           cast((${period.endMs} - max(f.ordered_at)) / ${DAY_MS} AS integer) AS recencyDays,
           count(*) AS frequency, round(sum(f.revenue), 2) AS monetary
    FROM ${countedOrdersByCustomer(ws, sql`AND f.ordered_at < ${period.endMs}`)}
    GROUP BY c.id
    ORDER BY c.id`);
  return scoreRfm(rows);
}
