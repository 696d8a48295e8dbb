import { studentTQuantile, studentTTwoSidedP } from "./student-t";
import { DEFAULT_CONFIDENCE, assertConfidence, type Estimate } from "./proportion";

/** What Welch's test needs from each group; variance is the sample variance (divisor n − 1). */
export type SampleSummary = { n: number; mean: number; variance: number };

export type WelchResult = {
  /** Mean of the variant minus mean of the control, with its interval on Welch's t distribution. */
  difference: Estimate;
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p-value. */
  pValue: number;
};

/** n, mean and sample variance of a list of numbers (Welford's update: no catastrophic cancellation). */
export function summarizeSample(values: readonly number[]): SampleSummary {
  let mean = 0;
  let m2 = 0;
  values.forEach((v, i) => {
    const delta = v - mean;
    mean += delta / (i + 1);
    m2 += delta * (v - mean);
  });
  const n = values.length;
  return { n, mean, variance: n > 1 ? m2 / (n - 1) : NaN };
}

/**
 * Summary of per-user values known only through their sum and sum of squares (what SQL aggregates give).
 * Variance = (Σx² − (Σx)²/n) / (n − 1); rounding can leave a tiny negative for constant values, hence the clamp.
 */
export function summarizeFromSums(n: number, sum: number, sumOfSquares: number): SampleSummary {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`n must be a whole number of at least 1, got ${n}`);
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumOfSquares - sum * mean) / (n - 1)) : NaN;
  return { n, mean, variance };
}

function isTestable({ n, variance }: SampleSummary, label: string): boolean {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`${label}: n must be a whole number, got ${n}`);
  if (n < 2) return false;
  if (!(variance >= 0)) throw new RangeError(`${label}: variance must be a number ≥ 0, got ${variance}`);
  return true;
}

/**
 * Welch's unequal-variances t-test of variant − control from summary statistics.
 * Returns null when it is undefined: a group with fewer than 2 values, or no variance in either group.
 */
export function welchTTest(control: SampleSummary, variant: SampleSummary, confidence = DEFAULT_CONFIDENCE): WelchResult | null {
  if (!isTestable(control, "control") || !isTestable(variant, "variant")) return null;
  const a = control.variance / control.n;
  const b = variant.variance / variant.n;
  const se = Math.sqrt(a + b);
  if (se === 0) return null;
  const diff = variant.mean - control.mean;
  const t = diff / se;
  const df = ((a + b) * (a + b)) / ((a * a) / (control.n - 1) + (b * b) / (variant.n - 1));
  assertConfidence(confidence);
  const margin = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  return {
    difference: { estimate: diff, lower: diff - margin, upper: diff + margin },
    t,
    df,
    pValue: studentTTwoSidedP(t, df),
  };
}

/** Welch's t-test of variant − control from the raw values. */
export function welchTTestFromSamples(control: readonly number[], variant: readonly number[], confidence = DEFAULT_CONFIDENCE): WelchResult | null {
  return welchTTest(summarizeSample(control), summarizeSample(variant), confidence);
}
