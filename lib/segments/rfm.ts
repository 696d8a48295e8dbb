/**
 * RFM scoring (recency, frequency, monetary) at the end of a period, pure.
 *
 * Quintile scores 1-5, 5 = best (most recent, most orders, highest spend), rank-based:
 *   score = 1 + ⌊5 × (r − 1) / n⌋
 * where r is the customer's rank from worst (1) to best and n the number of customers scored.
 * Tied values share the lowest rank of their tie group (SQL RANK(), pandas rank(method="min")), so
 * ties always get the same score and nothing depends on customer ids. The price: a heavily tied
 * measure (frequency, where most customers ordered once) can leave a score unused.
 *
 * Groups come from R and FM = ⌈(F + M) / 2⌉ (the mean of F and M, halves rounded up) on the widely
 * used 5 × 5 R-by-frequency segment map (as in the "RFM segmentation" grids of Putler and the
 * common Kaggle notebooks), with R = 1 and FM ≤ 2 split off as "lost".
 */

export type RfmValues = {
  customerId: number;
  /** Whole days between the last counted order and the end of the period (0 = within its last day). */
  recencyDays: number;
  /** Counted orders up to the end of the period. */
  frequency: number;
  /** Revenue of those orders. */
  monetary: number;
};

export type RfmScores = { r: number; f: number; m: number; fm: number; group: RfmGroup };
export type RfmScore = RfmValues & RfmScores;

export const RFM_GROUPS = [
  "champions",
  "loyal_customers",
  "potential_loyalists",
  "new_customers",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cant_lose_them",
  "hibernating",
  "lost",
] as const;
export type RfmGroup = (typeof RFM_GROUPS)[number];

/** GRID[r − 1][fm − 1]. */
const GRID: readonly (readonly RfmGroup[])[] = [
  /* R1 */ ["lost", "lost", "at_risk", "at_risk", "cant_lose_them"],
  /* R2 */ ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose_them"],
  /* R3 */ ["about_to_sleep", "about_to_sleep", "need_attention", "loyal_customers", "loyal_customers"],
  /* R4 */ ["promising", "potential_loyalists", "potential_loyalists", "loyal_customers", "loyal_customers"],
  /* R5 */ ["new_customers", "potential_loyalists", "potential_loyalists", "champions", "champions"],
];

function checkScore(s: number, what: string): void {
  if (!Number.isInteger(s) || s < 1 || s > 5) throw new RangeError(`${what} must be a whole score from 1 to 5, got ${s}`);
}

/** FM = the mean of F and M, halves rounded up. */
export function combineFm(f: number, m: number): number {
  checkScore(f, "F");
  checkScore(m, "M");
  return Math.ceil((f + m) / 2);
}

export function rfmGroup(r: number, fm: number): RfmGroup {
  checkScore(r, "R");
  checkScore(fm, "FM");
  return GRID[r - 1][fm - 1];
}

/** Rank-based quintile scores (see above), in the order of `values`. */
export function scoreQuintiles(values: ArrayLike<number>, better: "higher" | "lower"): number[] {
  return Array.from(quintileScores(values, better));
}

/** Rank-based quintile scores (see above) as bytes, in the order of `values`. */
export function quintileScores(values: ArrayLike<number>, better: "higher" | "lower"): Uint8Array {
  const n = values.length;
  // Orient so that larger is always better; the min-rank of v is 1 + the number of values below it.
  const oriented = new Float64Array(n);
  const sign = better === "higher" ? 1 : -1;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    const v = (oriented[i] = sign * values[i] + 0); // + 0: no -0
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  const scores = new Uint8Array(n);
  if (n > 0 && integers && max - min <= 4 * n) {
    // Whole numbers in a short range (recency days, order counts): values below v by counting, O(n).
    const below = new Uint32Array(max - min + 2);
    for (let i = 0; i < n; i++) below[oriented[i] - min + 1]++;
    for (let k = 1; k < below.length; k++) below[k] += below[k - 1];
    for (let i = 0; i < n; i++) scores[i] = 1 + Math.floor((5 * below[oriented[i] - min]) / n);
    return scores;
  }
  // A typed array sorts numerically without a comparator, much faster than an array sorted with one.
  const sorted = oriented.slice().sort();
  for (let i = 0; i < n; i++) {
    const v = oriented[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    scores[i] = 1 + Math.floor((5 * lo) / n);
  }
  return scores;
}

/** Each customer's group as an index into RFM_GROUPS, in the order of the columns: no object or
 * string per customer (there can be close to a million). */
export function groupRfm(values: { recencyDays: ArrayLike<number>; frequency: ArrayLike<number>; monetary: ArrayLike<number> }): Uint8Array {
  return rfmCodes(quintileScores(values.recencyDays, "lower"), quintileScores(values.frequency, "higher"), quintileScores(values.monetary, "higher"));
}

/** Group codes (indexes into RFM_GROUPS) from the R, F and M quintile scores of each customer. */
export function rfmCodes(r: Uint8Array, f: Uint8Array, m: Uint8Array): Uint8Array {
  const codes = new Uint8Array(r.length);
  // Scores are 1-5 by construction, so the grid is read without rfmGroup's checks.
  for (let i = 0; i < r.length; i++) codes[i] = GRID_CODES[r[i] - 1][Math.ceil((f[i] + m[i]) / 2) - 1];
  return codes;
}

const GRID_CODES = GRID.map((row) => row.map((g) => RFM_GROUPS.indexOf(g)));

/** Scores and groups every customer against the others in `values` (extra fields are kept). */
export function scoreRfm<T extends RfmValues>(values: readonly T[]): (T & RfmScores)[] {
  const r = scoreQuintiles(
    values.map((v) => v.recencyDays),
    "lower",
  );
  const f = scoreQuintiles(
    values.map((v) => v.frequency),
    "higher",
  );
  const m = scoreQuintiles(
    values.map((v) => v.monetary),
    "higher",
  );
  return values.map((v, i) => {
    const fm = combineFm(f[i], m[i]);
    // Object.assign, not spread: spreading then adding keys was far slower in V8.
    return Object.assign({}, v, { r: r[i], f: f[i], m: m[i], fm, group: rfmGroup(r[i], fm) });
  });
}
