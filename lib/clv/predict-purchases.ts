import type { RfmPoint } from "./fit-bgnbd";
import { oneMinusScaledHyp2f1 } from "./hyp2f1";
import type { BgnbdParams } from "./types";

/** ln of a/(b+x−1) · ((α+T)/(α+t_x))^(r+x): the odds that the customer dropped out after the last purchase. */
function logDropoutOdds(p: BgnbdParams, c: RfmPoint): number {
  const { frequency: x } = c;
  return Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + c.T) - Math.log(p.alpha + c.recency));
}

/** P(alive | x, t_x, T) (Fader, Hardie & Lee 2005, eq. 11); 1 for a customer without repeats. */
export function probabilityAlive(p: BgnbdParams, c: RfmPoint): number {
  if (c.frequency === 0) return 1;
  return 1 / (1 + Math.exp(logDropoutOdds(p, c)));
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t weeks (Fader, Hardie & Lee 2005, eq. 10):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *   / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
 * The power and ₂F₁ are combined in logs (₂F₁ alone overflows for frequent buyers), and
 * 1 − e^s taken as −expm1(s) so short horizons keep their precision. NaN where the ₂F₁ series
 * does not settle.
 */
export function predictPurchases(p: BgnbdParams, c: RfmPoint, t: number): number {
  if (t <= 0) return 0;
  const { frequency: x, T } = c;
  const z = t / (p.alpha + T + t);
  const logPower = (p.r + x) * Math.log((p.alpha + T) / (p.alpha + T + t));
  const bracket = oneMinusScaledHyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z, logPower);
  const numerator = ((p.a + p.b + x - 1) / (p.a - 1)) * bracket;
  const denominator = x === 0 ? 1 : 1 + Math.exp(logDropoutOdds(p, c));
  return numerator / denominator;
}

/** E[X(t)]: expected repeat purchases of a new customer in the first t weeks (eq. 9). */
export function expectedRepeatPurchases(p: BgnbdParams, t: number): number {
  if (t <= 0) return 0;
  const bracket = oneMinusScaledHyp2f1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t), p.r * Math.log(p.alpha / (p.alpha + t)));
  return ((p.a + p.b - 1) / (p.a - 1)) * bracket;
}
