// Lanczos approximation, g = 7, n = 9 (the coefficients published with Numerical Recipes / Godfrey);
// relative error below 1e-15 for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.91893853320467274178;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  // Γ(x) = Γ(x + 1) / x keeps the series in its accurate range near 0.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Stirling's remainder δ(x) = ln Γ(x) − [(x − ½) ln x − x + ln √(2π)], for x ≥ 10.
 * Differences of ln Γ at large arguments lose digits to cancellation; carrying δ separately does not.
 */
export function stirlingRemainder(x: number): number {
  if (!(x >= 10)) throw new RangeError(`stirlingRemainder needs x ≥ 10, got ${x}`);
  const r = 1 / (x * x);
  // Asymptotic series B_2k / (2k (2k − 1) x^(2k − 1)); seven terms reach double precision at x = 10.
  return (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r * (1 / 1188 - r * (691 / 360360 - r * (1 / 156))))))) / x;
}
