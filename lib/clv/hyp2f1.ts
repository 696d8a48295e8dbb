const MAX_TERMS = 2_000_000;
const RESCALE_ABOVE = 1e250;
const LOG_RESCALE = Math.log(RESCALE_ABOVE);

/** A real number as sign · e^logAbs, so values far beyond a double's range survive. */
export type SignedLog = { sign: number; logAbs: number };

/**
 * ₂F₁(a, b; c; z) for 0 ≤ z < 1 by the Gauss series, as sign and ln|value|; NaN in logAbs when
 * the series does not settle within MAX_TERMS. The sum is rescaled as it grows, because for a
 * customer with many purchases ₂F₁ overflows a double while the prediction (which multiplies it
 * by (1 − z)^(r+x)) is small. The sign matters when c = a + b − 1 < 0 (BG/NBD with a + b < 1):
 * the terms are then negative and ₂F₁ can be too.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): SignedLog {
  if (!(z >= 0 && z < 1)) return { sign: 0, logAbs: Number.NaN };
  if (z === 0) return { sign: 1, logAbs: 0 };
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    // Stop only past the peak (|ratio| < 1), where the tail is below |term|·|ratio|/(1 − |ratio|).
    const q = Math.abs(ratio);
    if (q < 1 && Math.abs(term) * q <= 1e-17 * Math.abs(sum) * (1 - q)) {
      return sum === 0 ? { sign: 0, logAbs: -Infinity } : { sign: Math.sign(sum), logAbs: logScale + Math.log(Math.abs(sum)) };
    }
    if (Math.abs(sum) > RESCALE_ABOVE || Math.abs(term) > RESCALE_ABOVE) {
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      logScale += LOG_RESCALE;
    }
  }
  return { sign: 0, logAbs: Number.NaN };
}

/** 1 − e^logFactor · ₂F₁(a, b; c; z), via expm1 when the product is positive (short horizons). */
export function oneMinusScaledHyp2f1(a: number, b: number, c: number, z: number, logFactor: number): number {
  const f = hyp2f1(a, b, c, z);
  if (Number.isNaN(f.logAbs)) return Number.NaN;
  if (f.sign === 0) return 1;
  const logProduct = logFactor + f.logAbs;
  return f.sign > 0 ? -Math.expm1(logProduct) : 1 + Math.exp(logProduct);
}
