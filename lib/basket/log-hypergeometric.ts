import { stirlingError } from "./log-factorial";

const LOG_TWO_PI = Math.log(2 * Math.PI);

/** x ln(x / mean) + mean − x without cancellation when x is near mean (Loader's bd0). */
function deviance(x: number, mean: number): number {
  if (Math.abs(x - mean) < 0.1 * (x + mean)) {
    let v = (x - mean) / (x + mean);
    let sum = (x - mean) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / mean) + mean - x;
}

/** ln of the binomial probability of x successes in n trials with success chance p (q = 1 − p). */
function logBinomial(x: number, n: number, p: number, q: number): number {
  if (x === 0) return n === 0 ? 0 : n * Math.log(q);
  if (x === n) return n * Math.log(p);
  const core = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, n * p) - deviance(n - x, n * q);
  return core - 0.5 * (LOG_TWO_PI + Math.log(x) + Math.log1p(-x / n));
}

/**
 * ln P(K = k) for K hypergeometric: draws from a population with `marked` marked and `unmarked` other
 * members. Written as a ratio of binomial probabilities at p = draws / population (R's dhyper), each from
 * Stirling errors and deviances, so it is accurate at populations in the millions.
 */
export function logHypergeometric(k: number, marked: number, unmarked: number, draws: number): number {
  const population = marked + unmarked;
  const p = draws / population;
  const q = (population - draws) / population;
  return logBinomial(k, marked, p, q) + logBinomial(draws - k, unmarked, p, q) - logBinomial(draws, population, p, q);
}
