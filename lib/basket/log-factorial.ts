const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const TABLE = 16;
// Below 16 the series converges too slowly; ln k! of a small exact factorial is correctly rounded, and
// the subtraction loses only ~1e-15 in absolute terms, which is what matters inside a log density.
const SMALL_ERRORS = (() => {
  const errors = new Float64Array(TABLE);
  let factorial = 1;
  for (let k = 1; k < TABLE; k++) {
    factorial *= k;
    errors[k] = Math.log(factorial) - ((k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI);
  }
  return errors;
})();

/**
 * Stirling's error δ(k) = ln k! − [(k + ½) ln k − k + ½ ln 2π], the small remainder of ln Γ(k + 1).
 * Working with δ (Loader 2000, as R's dbinom and dhyper do) keeps log-probabilities accurate to
 * ~1e-15 where subtracting two ln Γ values of size 1e7 (k near 10^6) would lose eight digits.
 */
export function stirlingError(k: number): number {
  if (k < TABLE) return SMALL_ERRORS[k];
  const k2 = k * k;
  if (k > 500) return (1 / 12 - 1 / 360 / k2) / k;
  if (k > 80) return (1 / 12 - (1 / 360 - 1 / 1260 / k2) / k2) / k;
  if (k > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / k2) / k2) / k2) / k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / k2) / k2) / k2) / k2) / k;
}

/** ln k! = ln Γ(k + 1) for a whole number k ≥ 0. */
export function logFactorial(k: number): number {
  if (k === 0) return 0;
  return stirlingError(k) + (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI;
}
