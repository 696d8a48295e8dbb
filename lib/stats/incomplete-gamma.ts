import { logGamma } from "./log-gamma";

const MAX_ITERATIONS = 100_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** Series for P(a, x), good for x < a + 1 (Numerical Recipes "gser"). */
function gammaSeries(a: number, x: number): number {
  let ap = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) {
      return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }
  }
  throw new Error(`Incomplete gamma series did not converge for a = ${a}, x = ${x}`);
}

/** Continued fraction for Q(a, x), good for x ≥ a + 1 (Numerical Recipes "gcf", modified Lentz). */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }
  throw new Error(`Incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}`);
}

function checkArguments(a: number, x: number): void {
  if (!(a > 0)) throw new RangeError(`Incomplete gamma needs a > 0, got ${a}`);
  if (!(x >= 0)) throw new RangeError(`Incomplete gamma needs x ≥ 0, got ${x}`);
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a). */
export function regularizedGammaP(a: number, x: number): number {
  checkArguments(a, x);
  if (x === 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly so small tails keep their digits. */
export function regularizedGammaQ(a: number, x: number): number {
  checkArguments(a, x);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}
