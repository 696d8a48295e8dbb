/** One (cohort, months since first order) group as SQL aggregates it. */
export type CohortAggregate = { cohort: number; offset: number; customers: number; revenue: number };

export type CohortCell = {
  /** Months since the cohort's first-order month (0 = that month). */
  offset: number;
  /** Cohort customers with a counted order in that month. */
  activeCustomers: number;
  /** Revenue of counted orders in that month ÷ customers in the cohort. */
  revenuePerCustomer: number;
  /** The same, summed over months 0…offset. */
  cumulativePerCustomer: number;
};
export type CohortRow = { month: string; customers: number; cells: CohortCell[] };
export type CohortTriangle = {
  /** Columns: months since the first order, 0…columns − 1. */
  columns: number;
  cohorts: CohortRow[];
  /** Largest cell of each kind, for the colour scale. */
  maxPerCustomer: number;
  maxCumulative: number;
  /** The last month may still be running: its cells are partial. */
  lastMonth: string | null;
};

/**
 * Rows per cohort (first counted order's calendar month) with one cell per month since, up to the
 * last month of data: a triangle. Months without orders are 0, not missing; a cohort's size is its
 * customers active in month 0, which is all of them.
 */
export function shapeCohortTriangle(months: readonly string[], rows: readonly CohortAggregate[]): CohortTriangle {
  const last = months.length - 1;
  const byCohort = new Map<number, Map<number, CohortAggregate>>();
  for (const r of rows) {
    if (!byCohort.has(r.cohort)) byCohort.set(r.cohort, new Map());
    byCohort.get(r.cohort)!.set(r.offset, r);
  }
  let maxPerCustomer = 0;
  let maxCumulative = 0;
  const cohorts: CohortRow[] = [];
  for (const [cohort, cells] of [...byCohort].sort((a, b) => a[0] - b[0])) {
    const size = cells.get(0)?.customers ?? 0;
    if (size === 0) continue;
    let running = 0;
    const out: CohortCell[] = [];
    for (let offset = 0; offset <= last - cohort; offset++) {
      const c = cells.get(offset);
      const perCustomer = (c?.revenue ?? 0) / size;
      running += perCustomer;
      out.push({ offset, activeCustomers: c?.customers ?? 0, revenuePerCustomer: perCustomer, cumulativePerCustomer: running });
      maxPerCustomer = Math.max(maxPerCustomer, perCustomer);
      maxCumulative = Math.max(maxCumulative, running);
    }
    cohorts.push({ month: months[cohort], customers: size, cells: out });
  }
  return { columns: months.length, cohorts, maxPerCustomer, maxCumulative, lastMonth: months[last] ?? null };
}
