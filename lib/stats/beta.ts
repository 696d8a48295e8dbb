import { logGamma, stirlingRemainder } from "./log-gamma";

const LN_SQRT_2PI = 0.91893853320467274178;

/**
 * ln B(a, b). For large arguments it uses the Stirling form of R's lbeta, which avoids subtracting
 * three huge ln Γ values (the Bayesian sums need it accurate at counts of 150,000 and more).
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`logBeta needs a, b > 0, got ${a}, ${b}`);
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const share = p / (p + q);
  if (p >= 10) {
    const corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(share) + q * Math.log1p(-share);
  }
  if (q >= 10) {
    const corr = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-share);
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** Continued fraction for I_x(a, b) (Numerical Recipes "betacf"), evaluated with modified Lentz. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    // Even step.
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new Error(`Incomplete beta did not converge for x = ${x}, a = ${a}, b = ${b}`);
}

/**
 * Regularized incomplete beta I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b).
 * Pass `complement` = 1 − x when you can compute it more exactly than 1 − x (x near 1, as in the t test
 * with many degrees of freedom); the digits of 1 − x are what the upper branch works with.
 */
export function regularizedBeta(x: number, a: number, b: number, complement: number = 1 - x): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta needs a, b > 0, got ${a}, ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedBeta needs 0 ≤ x ≤ 1, got ${x}`);
  const y = complement;
  // Trust whichever of x and 1 − x is the small one: the other may have rounded to 0 or 1.
  if (x <= 0.5 ? x === 0 : y === 1) return 0;
  if (x <= 0.5 ? x === 1 : y === 0) return 1;
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = x > 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  // The fraction converges fast only below the mean; above it, use I_x(a, b) = 1 − I_(1−x)(b, a).
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}
