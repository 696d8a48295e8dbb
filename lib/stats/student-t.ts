import { logGamma } from "./log-gamma";
import { regularizedBeta } from "./beta";
import { normalQuantile, twoSidedNormalP } from "./normal";

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`Student t needs df > 0, got ${df}`);
}

// Beyond this the incomplete beta's continued fraction loses digits (relative error ~1e-10 at 1e7 and
// growing with √df), while the normal approximation below is off by O(1/df²): below 1e-12 for |t| ≤ 5.
const LARGE_DF = 1e7;

/** Two-sided tail P(|T| ≥ |t|) = I_(df/(df+t²))(df/2, ½), computed without a 1 − x cancellation. */
export function studentTTwoSidedP(t: number, df: number): number {
  checkDf(df);
  if (!Number.isFinite(t)) return Number.isNaN(t) ? NaN : 0;
  if (df > LARGE_DF) {
    // Abramowitz & Stegun 26.7.8, as R's pt uses for the same range.
    const c = 1 / (4 * df);
    return twoSidedNormalP((t * (1 - c)) / Math.sqrt(1 + t * t * 2 * c));
  }
  const t2 = t * t;
  return regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** Student t CDF P(T ≤ t) with `df` degrees of freedom (df need not be an integer, as in Welch's test). */
export function studentTCdf(t: number, df: number): number {
  const tail = studentTTwoSidedP(t, df) / 2;
  return t > 0 ? 1 - tail : tail;
}

/** Student t density. */
export function studentTPdf(t: number, df: number): number {
  checkDf(df);
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Quantile of the Student t distribution: Newton's method on the CDF, kept inside a shrinking bracket. */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  // Work on the upper tail so probabilities near 1 keep their digits.
  const tail = 1 - p;
  const f = (t: number) => tail - studentTTwoSidedP(t, df) / 2; // increasing in t
  let lo = 0;
  let hi = Math.max(1, normalQuantile(p));
  while (f(hi) < 0) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) throw new Error(`studentTQuantile: no bracket for p = ${p}, df = ${df}`);
  }
  let t = Math.min(Math.max(normalQuantile(p), lo), hi);
  for (let i = 0; i < 200; i++) {
    const v = f(t);
    if (v === 0) return t;
    if (v < 0) lo = t;
    else hi = t;
    let next = t - v / studentTPdf(t, df);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2; // Newton left the bracket: bisect
    if (Math.abs(next - t) <= 1e-14 * Math.max(1, Math.abs(t))) return next;
    t = next;
  }
  return t;
}
