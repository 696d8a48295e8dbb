import { twoSidedNormalP } from "./normal";
import { DEFAULT_CONFIDENCE, assertCounts, estimateProportion, twoSidedZ, type Counts, type Estimate } from "./proportion";

export type ProportionComparison = {
  /** Variant rate minus control rate (0.03 = +3 points), Newcombe hybrid score interval. */
  difference: Estimate;
  /** Variant rate / control rate − 1 (0.25 = +25%); null when either group has no conversions. */
  relativeDifference: Estimate | null;
  /** Pooled two-proportion z statistic, positive when the variant converts better. */
  z: number;
  /** Two-sided p-value of z. */
  pValue: number;
};

/** Newcombe (1998) method 10: combines the two Wilson intervals, good coverage even with 0 conversions. */
function newcombeInterval(control: Counts, variant: Counts, confidence: number): Estimate {
  const c = estimateProportion(control, confidence);
  const v = estimateProportion(variant, confidence);
  const d = v.estimate - c.estimate;
  return {
    estimate: d,
    lower: d - Math.hypot(v.estimate - v.lower, c.upper - c.estimate),
    upper: d + Math.hypot(v.upper - v.estimate, c.estimate - c.lower),
  };
}

/**
 * Relative lift with the delta-method interval on the log of the rate ratio (Katz et al. 1978):
 * se(ln RR) = √(1/x₁ − 1/n₁ + 1/x₂ − 1/n₂). The log keeps the interval asymmetric and above −100%.
 */
function liftInterval(control: Counts, variant: Counts, confidence: number): Estimate | null {
  const { conversions: x1, users: n1 } = control;
  const { conversions: x2, users: n2 } = variant;
  if (x1 === 0 || x2 === 0) return null;
  const logRatio = Math.log(x2 / n2) - Math.log(x1 / n1);
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
  const margin = twoSidedZ(confidence) * se;
  return {
    estimate: Math.expm1(logRatio),
    lower: Math.expm1(logRatio - margin),
    upper: Math.expm1(logRatio + margin),
  };
}

/** Pooled z-test of equal rates (equivalently the 2×2 chi-square test without continuity correction, z² = χ²). */
function pooledZ(control: Counts, variant: Counts): number {
  const { conversions: x1, users: n1 } = control;
  const { conversions: x2, users: n2 } = variant;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // All or none converted in both groups: the data show no difference at all.
  if (se === 0) return 0;
  return (x2 / n2 - x1 / n1) / se;
}

/** Compare a variant's conversion rate with the control's. */
export function compareProportions(control: Counts, variant: Counts, confidence = DEFAULT_CONFIDENCE): ProportionComparison {
  assertCounts(control, "control");
  assertCounts(variant, "variant");
  const z = pooledZ(control, variant);
  return {
    difference: newcombeInterval(control, variant, confidence),
    relativeDifference: liftInterval(control, variant, confidence),
    z,
    pValue: twoSidedNormalP(z),
  };
}
