import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { shapeCohortTriangle, type CohortAggregate, type CohortTriangle } from "@/lib/customers/cohorts";
import { monthBuckets } from "@/lib/time/month-buckets";

export type { CohortTriangle } from "@/lib/customers/cohorts";

/** Cohorts by the calendar month (workspace time zone) of each customer's first counted order:
 * revenue and active customers per month since, over counted orders. */
export function getCohorts(db: Db, ws: number, timeZone: string): CohortTriangle {
  const range = db.get<{ lo: number | null; hi: number | null }>(sql`
    SELECT min(ordered_at) AS lo, max(ordered_at) AS hi FROM order_facts WHERE workspace_id = ${ws} AND counted`);
  if (range.lo === null || range.hi === null) return shapeCohortTriangle([], []);
  const buckets = monthBuckets(range.lo, range.hi, timeZone);
  const values = sql.join(
    buckets.map((b, i) => sql`(${i}, ${b.startMs}, ${b.endMs})`),
    sql`, `,
  );
  // Month boundaries are local midnights, so the join puts 00:30 on the 1st in its own month.
  const rows = db.all<CohortAggregate>(sql`
    WITH b(i, s, e) AS (VALUES ${values}),
    f AS MATERIALIZED (
      SELECT f.customer_id, f.revenue, f.seq, b.i
      FROM order_facts f JOIN b ON f.ordered_at >= b.s AND f.ordered_at < b.e
      WHERE f.workspace_id = ${ws} AND f.counted
    ),
    first AS (SELECT customer_id, i AS cohort FROM f WHERE seq = 1)
    SELECT first.cohort AS cohort, f.i - first.cohort AS offset,
           count(DISTINCT f.customer_id) AS customers, sum(f.revenue) AS revenue
    FROM f JOIN first ON first.customer_id = f.customer_id
    GROUP BY first.cohort, f.i
    ORDER BY first.cohort, f.i`);
  return shapeCohortTriangle(
    buckets.map((b) => b.month),
    rows,
  );
}
