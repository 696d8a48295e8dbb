import { normalQuantile } from "./normal";
import { assertCounts, type Counts } from "./proportion";

export type PowerOptions = {
  /** Two-sided significance level; default 0.05. */
  alpha?: number;
  /** Probability of detecting the effect if it is real; default 0.8. */
  power?: number;
};

/** An effect on the conversion rate: +0.02 absolute is 10% → 12%; +0.2 relative is 10% → 12% too. */
export type Effect = { absolute: number } | { relative: number };

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;

function criticalValues({ alpha = DEFAULT_ALPHA, power = DEFAULT_POWER }: PowerOptions = {}) {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1 (e.g. 0.05), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be between 0 and 1 (e.g. 0.8), got ${power}`);
  return { zAlpha: normalQuantile(1 - alpha / 2), zBeta: normalQuantile(power) };
}

function assertRate(rate: number, label: string): void {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`${label} must be a rate between 0 and 1, got ${rate}`);
}

/**
 * Users per group for a two-sided two-proportion z-test, not rounded: the variance is pooled under the
 * null (the α term, as the test itself pools) and unpooled under the alternative (the power term).
 * Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, without continuity correction.
 */
function exactUsersPerGroup(p1: number, p2: number, zAlpha: number, zBeta: number): number {
  const mean = (p1 + p2) / 2;
  const nullTerm = zAlpha * Math.sqrt(2 * mean * (1 - mean));
  const alternativeTerm = zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (nullTerm + alternativeTerm) ** 2 / ((p2 - p1) * (p2 - p1));
}

function variantRate(baseline: number, effect: Effect): number {
  return "absolute" in effect ? baseline + effect.absolute : baseline * (1 + effect.relative);
}

/** Users needed in each of two equal groups to detect `effect` on `baseline` with the given power. */
export function requiredUsersPerGroup(baseline: number, effect: Effect, options?: PowerOptions): number {
  assertRate(baseline, "baseline");
  const p2 = variantRate(baseline, effect);
  if (!(p2 >= 0 && p2 <= 1)) throw new RangeError(`The effect moves the rate outside 0–100% (to ${p2})`);
  if (p2 === baseline) throw new RangeError("An effect of zero cannot be detected with any number of users");
  const { zAlpha, zBeta } = criticalValues(options);
  return Math.ceil(exactUsersPerGroup(baseline, p2, zAlpha, zBeta));
}

/**
 * Smallest increase over `baseline` detectable with `usersPerGroup` in each group (the inverse of
 * requiredUsersPerGroup, solved by bisection: the required size falls steadily as the effect grows).
 * Null when even a jump to 100% would need more users.
 */
export function minimumDetectableEffect(baseline: number, usersPerGroup: number, options?: PowerOptions): { absolute: number; relative: number } | null {
  assertRate(baseline, "baseline");
  if (!(usersPerGroup > 0)) throw new RangeError(`usersPerGroup must be > 0, got ${usersPerGroup}`);
  if (baseline === 1) return null;
  const { zAlpha, zBeta } = criticalValues(options);
  const need = (delta: number) => exactUsersPerGroup(baseline, baseline + delta, zAlpha, zBeta);
  let lo = 0;
  let hi = 1 - baseline;
  if (need(hi) > usersPerGroup) return null;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (need(mid) > usersPerGroup) lo = mid;
    else hi = mid;
  }
  return { absolute: hi, relative: baseline > 0 ? hi / baseline : Infinity };
}

/**
 * More users needed in each group to reach the target power if the observed difference were the true
 * one, measured from the smaller group (a 50/50 split is assumed). 0 when there are already enough;
 * null when the observed rates are equal, since no sample size detects a zero effect.
 */
export function additionalUsersPerGroup(control: Counts, variant: Counts, options?: PowerOptions): number | null {
  assertCounts(control, "control");
  assertCounts(variant, "variant");
  const p1 = control.conversions / control.users;
  const p2 = variant.conversions / variant.users;
  if (p1 === p2) return null;
  const { zAlpha, zBeta } = criticalValues(options);
  const needed = Math.ceil(exactUsersPerGroup(p1, p2, zAlpha, zBeta));
  return Math.max(0, needed - Math.min(control.users, variant.users));
}
