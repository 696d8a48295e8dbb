import { chiSquareSf } from "./chi-square";

/** Below this p-value the split is called a mismatch; strict because the check runs on every test, every day. */
export const SRM_P_THRESHOLD = 0.001;

export type SampleRatioCheck = {
  chiSquare: number;
  df: number;
  pValue: number;
  /** True when p < SRM_P_THRESHOLD: assignment or logging is broken, so the results are not trustworthy. */
  mismatch: boolean;
  /** Planned share per group (weights normalised to sum to 1), in input order. */
  expectedShares: number[];
  observedShares: number[];
};

/**
 * Sample ratio mismatch: Pearson's chi-square goodness-of-fit of the users per group against the planned
 * split (equal unless `weights` are given, e.g. [90, 10]).
 */
export function checkSampleRatio(users: readonly number[], weights?: readonly number[]): SampleRatioCheck {
  if (users.length < 2) throw new RangeError(`A sample ratio check needs at least 2 groups, got ${users.length}`);
  users.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Group ${i + 1}: users must be a whole number ≥ 0, got ${n}`);
  });
  const plan = weights ?? users.map(() => 1);
  if (plan.length !== users.length) {
    throw new RangeError(`The planned split has ${plan.length} weights for ${users.length} groups`);
  }
  plan.forEach((w, i) => {
    if (!(w > 0 && Number.isFinite(w))) throw new RangeError(`Group ${i + 1}: planned weight must be > 0, got ${w}`);
  });
  const total = users.reduce((s, n) => s + n, 0);
  if (total === 0) throw new RangeError("A sample ratio check needs at least one user");
  const weightSum = plan.reduce((s, w) => s + w, 0);
  const expectedShares = plan.map((w) => w / weightSum);
  const chiSquare = users.reduce((s, n, i) => {
    const expected = total * expectedShares[i];
    return s + ((n - expected) * (n - expected)) / expected;
  }, 0);
  const df = users.length - 1;
  const pValue = chiSquareSf(chiSquare, df);
  return {
    chiSquare,
    df,
    pValue,
    mismatch: pValue < SRM_P_THRESHOLD,
    expectedShares,
    observedShares: users.map((n) => n / total),
  };
}
