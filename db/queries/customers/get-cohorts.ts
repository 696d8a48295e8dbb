import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { shapeCohortTriangle, type CohortAggregate, type CohortTriangle } from "@/lib/customers/cohorts";
import { monthBuckets } from "@/lib/time/month-buckets";

export type { CohortTriangle } from "@/lib/customers/cohorts";

/** Cohorts by the calendar month (workspace time zone) of each customer's first counted order:
 * revenue and active customers per month since, over counted orders. One ordered pass over the
 * orders: matching each to its month in SQL (a range join) took 1.4 s at 1M order lines. */
export function getCohorts(db: Db, ws: number, timeZone: string): CohortTriangle {
  const range = db.get<{ lo: number | null; hi: number | null }>(sql`
    SELECT min(ordered_at) AS lo, max(ordered_at) AS hi FROM order_facts WHERE workspace_id = ${ws} AND counted`);
  if (range.lo === null || range.hi === null) return shapeCohortTriangle([], []);
  const buckets = monthBuckets(range.lo, range.hi, timeZone);
  // Month boundaries are local midnights, so an order at 00:30 on the 1st falls in its own month.
  const monthOf = (at: number) => {
    let lo = 0;
    let hi = buckets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (buckets[mid].startMs <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const rows = db.$client
    .prepare("SELECT customer_id, ordered_at, revenue FROM order_facts WHERE workspace_id = ? AND counted ORDER BY customer_id, ordered_at")
    .raw()
    .iterate(ws) as IterableIterator<[number, number, number]>;
  const cells = new Map<number, CohortAggregate>(); // key: cohort × months + offset
  let customer = -1;
  let cohort = 0;
  let lastMonth = -1;
  for (const [id, at, revenue] of rows) {
    const month = monthOf(at);
    if (id !== customer) {
      customer = id;
      cohort = month; // the first counted order, as the rows come in time order
      lastMonth = -1;
    }
    const key = cohort * buckets.length + (month - cohort);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { cohort, offset: month - cohort, customers: 0, revenue: 0 }));
    cell.revenue += revenue;
    if (month !== lastMonth) cell.customers++; // each customer once per month
    lastMonth = month;
  }
  return shapeCohortTriangle(
    buckets.map((b) => b.month),
    [...cells.values()].sort((a, b) => a.cohort - b.cohort || a.offset - b.offset),
  );
}
