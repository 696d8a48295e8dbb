import type { MonthIndex } from "@/lib/time/month-index";
import type { OrderFact } from "./classify-orders";

export type MonthTally = { endMs: number; active: number; cross: number; up: number; deep: number };
export type CohortTally = { cohortMs: number; monthMs: number; customers: number; revenue: number };

/**
 * What customers add to kpi_months and kpi_cohorts (db/schema/facts.ts), tallied as they are
 * classified: per calendar month, the customers with a counted (cross-sell, upsell, deep-sell) order
 * in it, i.e. the orders whose prev_* is before the month; per (first-order month, order month), the
 * customers active and the revenue. Pure; the month boundaries come from `months`.
 */
export class MonthTallies {
  readonly months = new Map<number, MonthTally>();
  readonly cohorts = new Map<string, CohortTally>();

  constructor(private readonly index: MonthIndex) {}

  /** One customer's facts in time order; `orderedAt(i)` is the i-th fact's instant. */
  addCustomer(facts: readonly OrderFact[], orderedAt: (i: number) => number): void {
    let cohortMs: number | null = null;
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      if (!f.counted) continue;
      const { startMs, endMs } = this.index.monthOf(orderedAt(i));
      cohortMs ??= startMs; // the first counted order's month
      let m = this.months.get(startMs);
      if (!m) this.months.set(startMs, (m = { endMs, active: 0, cross: 0, up: 0, deep: 0 }));
      const first = f.prevAt !== null && f.prevAt < startMs; // the customer's first order of the month
      if (first) m.active++;
      if (f.prevCrossAt !== null && f.prevCrossAt < startMs) m.cross++;
      if (f.prevUpAt !== null && f.prevUpAt < startMs) m.up++;
      if (f.prevDeepAt !== null && f.prevDeepAt < startMs) m.deep++;
      const key = `${cohortMs}:${startMs}`;
      let c = this.cohorts.get(key);
      if (!c) this.cohorts.set(key, (c = { cohortMs, monthMs: startMs, customers: 0, revenue: 0 }));
      if (first) c.customers++;
      c.revenue += f.revenue;
    }
  }
}
