import { DEFAULT_CONFIDENCE } from "@/lib/stats/proportion";
import { summarizeFromSums, welchTTest } from "@/lib/stats/welch";

/** Per-customer revenue of one group over the campaign window, as SQL aggregates give it. */
export type GroupRevenue = { customers: number; revenueSum: number; revenueSumOfSquares: number };

/** A point estimate whose interval may be unavailable (too few customers, no variance). */
export type Interval = { estimate: number; lower: number | null; upper: number | null };

export type Incrementality = {
  confidence: number;
  treated: { customers: number; revenue: number; revenuePerCustomer: number };
  control: { customers: number; revenue: number; revenuePerCustomer: number };
  /** Revenue per treated customer − per control customer, Welch interval. */
  liftPerCustomer: Interval;
  /** liftPerCustomer × treated customers: the revenue the campaign added. */
  incrementalRevenue: Interval;
  /** (incremental revenue − cost) / cost, bounds carried through; null without a positive cost. */
  roi: Interval | null;
  /** Welch's two-sided p-value of no difference; null when the test is undefined. */
  pValue: number | null;
};

const scale = (i: Interval, f: (x: number) => number): Interval => ({
  estimate: f(i.estimate),
  lower: i.lower === null ? null : f(i.lower),
  upper: i.upper === null ? null : f(i.upper),
});

/**
 * Incrementality against a holdout: the treated customers' revenue per customer minus the control
 * customers', times the treated customers. Welch's test on per-customer revenue gives the interval,
 * and since incremental revenue and ROI are increasing linear functions of the lift, its bounds map
 * straight through. Null without customers in either group.
 */
export function estimateIncrementality(
  treated: GroupRevenue,
  control: GroupRevenue,
  cost: number | null,
  confidence = DEFAULT_CONFIDENCE,
): Incrementality | null {
  if (treated.customers < 1 || control.customers < 1) return null;
  const t = summarizeFromSums(treated.customers, treated.revenueSum, treated.revenueSumOfSquares);
  const c = summarizeFromSums(control.customers, control.revenueSum, control.revenueSumOfSquares);
  const welch = welchTTest(c, t, confidence);
  const lift: Interval = welch
    ? { estimate: welch.difference.estimate, lower: welch.difference.lower, upper: welch.difference.upper }
    : { estimate: t.mean - c.mean, lower: null, upper: null };
  const incrementalRevenue = scale(lift, (x) => x * treated.customers);
  return {
    confidence,
    treated: { customers: treated.customers, revenue: treated.revenueSum, revenuePerCustomer: t.mean },
    control: { customers: control.customers, revenue: control.revenueSum, revenuePerCustomer: c.mean },
    liftPerCustomer: lift,
    incrementalRevenue,
    roi: cost !== null && cost > 0 ? scale(incrementalRevenue, (x) => (x - cost) / cost) : null,
    pValue: welch ? welch.pValue : null,
  };
}
