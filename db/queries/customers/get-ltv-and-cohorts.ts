import type { Db } from "../../client";
import { shapeCohortTriangle, type CohortAggregate, type CohortTriangle } from "@/lib/customers/cohorts";
import { summarizeValues, type Distribution } from "@/lib/customers/distribution";
import { monthBuckets, type MonthBucket } from "@/lib/time/month-buckets";
import { kpiMonthsBuilt } from "../kpis/kpi-months";
import { countedOrdersByCustomerText } from "../kpis/counted-orders-by-customer";
import { getOrderTimeSpan } from "../kpis/get-order-time-span";
import { readSnapshot } from "../../sqlite/read-snapshot";

export type { CohortTriangle } from "@/lib/customers/cohorts";
export type { Distribution } from "@/lib/customers/distribution";

/**
 * Lifetime value so far and cohorts, from one ordered pass over the counted orders:
 * - LTV per customer = revenue of all their counted orders (returns net off), summarized as mean,
 *   percentiles and a histogram up to the 99th percentile (lib/customers/distribution.ts);
 * - cohorts by the calendar month (workspace time zone) of each customer's first counted order:
 *   revenue and active customers per month since.
 * Kept at import: the totals in customer_facts and the cells in kpi_cohorts.
 * Until kpi_cohorts is built for the workspace's time zone, one pass in memory over every order (it
 * beat SQL: ranking the totals took three more passes and matching each order to its month a range
 * join). `source` forces one way, for tests.
 */
export function getLtvAndCohorts(db: Db, workspaceId: number, timeZone: string, source?: "stored" | "orders"): { ltv: Distribution; cohorts: CohortTriangle } {
  // One snapshot: the months come from the time span, the cells from the kept tables.
  return readSnapshot(db, () => ltvAndCohorts(db, workspaceId, timeZone, source));
}

function ltvAndCohorts(db: Db, workspaceId: number, timeZone: string, source?: "stored" | "orders"): { ltv: Distribution; cohorts: CohortTriangle } {
  const range = getOrderTimeSpan(db, workspaceId);
  if (!range) return { ltv: summarizeValues([]), cohorts: shapeCohortTriangle([], []) };
  const buckets = monthBuckets(range.lo, range.hi, timeZone);
  const stored = (source ?? (kpiMonthsBuilt(db.$client, workspaceId) ? "stored" : "orders")) === "stored";
  if (stored) return fromStored(db, workspaceId, buckets);
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
    .prepare(`SELECT c.id, f.ordered_at, f.revenue FROM ${countedOrdersByCustomerText()} ORDER BY c.id, f.ordered_at`)
    .raw()
    .iterate(workspaceId) as IterableIterator<[number, number, number]>;
  const totals: number[] = [];
  const cells = new Map<number, CohortAggregate>(); // key: cohort × months + offset
  let customer = -1;
  let cohort = 0;
  let lastMonth = -1;
  let total = 0;
  for (const [id, at, revenue] of rows) {
    const month = monthOf(at);
    if (id !== customer) {
      if (customer !== -1) totals.push(total);
      customer = id;
      cohort = month; // the first counted order, as the rows come in time order
      lastMonth = -1;
      total = 0;
    }
    total += revenue;
    const key = cohort * buckets.length + (month - cohort);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { cohort, offset: month - cohort, customers: 0, revenue: 0 }));
    cell.revenue += revenue;
    if (month !== lastMonth) cell.customers++; // each customer once per month
    lastMonth = month;
  }
  if (customer !== -1) totals.push(total); // none when every order is a guest's

  return {
    ltv: summarizeValues(totals),
    cohorts: shapeCohortTriangle(
      buckets.map((b) => b.month),
      [...cells.values()].sort((a, b) => a.cohort - b.cohort || a.offset - b.offset),
    ),
  };
}

function fromStored(db: Db, workspaceId: number, buckets: MonthBucket[]): { ltv: Distribution; cohorts: CohortTriangle } {
  const index = new Map(buckets.map((b, i) => [b.startMs, i]));
  const totals = db.$client.prepare("SELECT revenue FROM customer_facts WHERE workspace_id = ? ORDER BY customer_id").pluck().all(workspaceId) as number[];
  const cells = db.$client
    .prepare("SELECT cohort_ms, month_ms, customers, revenue FROM kpi_cohorts WHERE workspace_id = ? AND customers <> 0 ORDER BY cohort_ms, month_ms")
    .raw()
    .all(workspaceId) as [number, number, number, number][];
  const rows: CohortAggregate[] = cells.map(([c, m, customers, revenue]) => {
    const cohort = index.get(c)!;
    return { cohort, offset: index.get(m)! - cohort, customers, revenue };
  });
  return {
    ltv: summarizeValues(totals),
    cohorts: shapeCohortTriangle(
      buckets.map((b) => b.month),
      rows,
    ),
  };
}
