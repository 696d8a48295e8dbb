import { normalQuantile } from "./normal";

/** A point estimate with the bounds of its confidence interval. */
export type Estimate = { estimate: number; lower: number; upper: number };

/** Conversions out of users, the raw material of every rate on the page. */
export type Counts = { conversions: number; users: number };

export const DEFAULT_CONFIDENCE = 0.95;

export function assertCounts({ conversions, users }: Counts, label = "counts"): void {
  if (!Number.isInteger(users) || users < 1) {
    throw new RangeError(`${label}: users must be a whole number of at least 1, got ${users}`);
  }
  if (!Number.isInteger(conversions) || conversions < 0 || conversions > users) {
    throw new RangeError(`${label}: conversions must be a whole number from 0 to users (${users}), got ${conversions}`);
  }
}

export function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be between 0 and 1 (e.g. 0.95), got ${confidence}`);
  }
}

/** z such that a two-sided interval at this level covers the middle `confidence` of a normal. */
export function twoSidedZ(confidence: number): number {
  assertConfidence(confidence);
  return normalQuantile(1 - (1 - confidence) / 2);
}

/**
 * Conversion rate with its Wilson score interval (Wilson 1927): unlike the Wald interval it stays
 * inside [0, 1] and keeps its coverage at small counts and rates near 0, which is where offers live.
 */
export function estimateProportion(counts: Counts, confidence = DEFAULT_CONFIDENCE): Estimate {
  assertCounts(counts);
  const { conversions: x, users: n } = counts;
  const z = twoSidedZ(confidence);
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // Exact at the edges: rounding must not put a bound past an observed 0% or 100%.
  return {
    estimate: p,
    lower: x === 0 ? 0 : Math.max(0, centre - half),
    upper: x === n ? 1 : Math.min(1, centre + half),
  };
}
