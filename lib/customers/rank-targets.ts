/** A customer who qualifies for an opportunity, with the history the fallback ranking uses. */
export type TargetCandidate = { customerKey: string; optedOut: boolean; lastOrderAt: number; orders: number; revenue: number };
/** The CLV model's view of a customer today (see getClvScores). */
export type TargetScore = { pAlive: number; expectedSpend: number };

export type RankedTarget = {
  customerKey: string;
  /** P(alive) today; null when the model could not be fitted. */
  pAlive: number | null;
  /** Gamma-Gamma expected spend per order. */
  expectedSpend: number | null;
  /** P(alive) × expected spend per order: the ranking. */
  score: number | null;
  lastOrderAt: number;
  orders: number;
  revenue: number;
};

export type RankedTargets = {
  ranking: "model" | "recency_frequency";
  /** Qualifying customers who may be contacted. */
  size: number;
  /** Qualifying customers left out because they opted out of marketing. */
  excludedOptedOut: number;
  /** Σ P(alive) × expected order value of the target product; null without the model or a value. */
  expectedRevenue: number | null;
  customers: RankedTarget[];
};

const byKey = (a: RankedTarget, b: RankedTarget) => (a.customerKey < b.customerKey ? -1 : a.customerKey > b.customerKey ? 1 : 0);
// Without the model: most recent order first, then most orders, then most revenue.
const byRecencyFrequency = (a: RankedTarget, b: RankedTarget) => b.lastOrderAt - a.lastOrderAt || b.orders - a.orders || b.revenue - a.revenue || byKey(a, b);
const byScore = (a: RankedTarget, b: RankedTarget) =>
  (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) || (b.score ?? 0) - (a.score ?? 0) || byRecencyFrequency(a, b);

/**
 * Leaves out opted-out customers (counting them), ranks the rest by P(alive) × expected spend per
 * order when the model is there, else by recency then frequency, and sums the expected revenue of
 * offering the target product to everyone on the list.
 */
export function rankTargets(
  candidates: readonly TargetCandidate[],
  scores: ReadonlyMap<string, TargetScore> | null,
  expectedOrderValue: number | null,
): RankedTargets {
  let excludedOptedOut = 0;
  const rows: RankedTarget[] = [];
  for (const c of candidates) {
    if (c.optedOut) {
      excludedOptedOut++;
      continue;
    }
    const s = scores?.get(c.customerKey);
    rows.push({
      customerKey: c.customerKey,
      pAlive: s?.pAlive ?? null,
      expectedSpend: s?.expectedSpend ?? null,
      score: s ? s.pAlive * s.expectedSpend : null,
      lastOrderAt: c.lastOrderAt,
      orders: c.orders,
      revenue: c.revenue,
    });
  }
  rows.sort(scores ? byScore : byRecencyFrequency);
  const expectedRevenue = scores && expectedOrderValue !== null ? rows.reduce((sum, r) => sum + (r.pAlive ?? 0) * expectedOrderValue, 0) : null;
  return { ranking: scores ? "model" : "recency_frequency", size: rows.length, excludedOptedOut, expectedRevenue, customers: rows };
}
