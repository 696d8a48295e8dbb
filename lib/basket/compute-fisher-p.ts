import { logHypergeometric } from "./log-hypergeometric";

/** A 2×2 table of baskets: with X and Y, X only, Y only, neither. */
export interface TwoByTwo {
  both: number;
  onlyX: number;
  onlyY: number;
  neither: number;
}

/** Terms smaller than this share of the running sum no longer change a double. */
const NEGLIGIBLE = 1e-17;

/**
 * One-sided ("greater") Fisher exact test: the chance, with the margins fixed, of at least `both`
 * baskets holding X and Y if they were bought independently. Small p means positive association.
 * The first term comes from log-space (Stirling errors, see logHypergeometric), the rest from ratios of
 * successive terms, so nothing overflows at n in the millions; the tail summed is the one whose terms
 * shrink away from the mode.
 */
export function computeFisherP(table: TwoByTwo): number {
  const { both, onlyX, onlyY, neither } = table;
  const withX = both + onlyX;
  const withY = both + onlyY;
  const n = withX + onlyY + neither;
  const withoutX = n - withX;
  const lowest = Math.max(0, withY - withoutX);
  const highest = Math.min(withX, withY);
  if (both <= lowest) return 1;

  const logTerm = (k: number): number => logHypergeometric(k, withX, withoutX, withY);
  const mode = Math.floor(((withX + 1) * (withY + 1)) / (n + 2));

  if (both > mode) {
    // Upper tail: terms fall from `both` upwards.
    let term = Math.exp(logTerm(both));
    let sum = term;
    for (let k = both; k < highest && term > sum * NEGLIGIBLE; k++) {
      term *= ((withX - k) * (withY - k)) / ((k + 1) * (withoutX - withY + k + 1));
      sum += term;
    }
    return Math.min(1, sum);
  }
  // Lower tail below `both`: terms fall from both − 1 downwards; p is then at least about one half,
  // so 1 − tail loses nothing that matters.
  let term = Math.exp(logTerm(both - 1));
  let sum = term;
  for (let k = both - 1; k > lowest && term > sum * NEGLIGIBLE; k--) {
    term *= (k * (withoutX - withY + k)) / ((withX - k + 1) * (withY - k + 1));
    sum += term;
  }
  return Math.max(0, 1 - sum);
}
