import { describe, expect, it } from "vitest";
import { computeFisherP, type TwoByTwo } from "./compute-fisher-p";

/** Exact P(K >= both) with BigInt binomials, as an independent check at large n. */
function exactFisherP({ both, onlyX, onlyY, neither }: TwoByTwo): number {
  const withX = BigInt(both + onlyX);
  const withY = BigInt(both + onlyY);
  const n = withX + BigInt(onlyY + neither);
  const withoutX = n - withX;
  const choose = (a: bigint, b: bigint): bigint => {
    if (b < 0n || b > a) return 0n;
    let result = 1n;
    for (let i = 1n; i <= b; i++) result = (result * (a - b + i)) / i;
    return result;
  };
  const highest = withX < withY ? withX : withY;
  let k = BigInt(both);
  let term = choose(withX, k) * choose(withoutX, withY - k);
  let sum = 0n;
  while (k <= highest) {
    sum += term;
    // Exact: each term is a whole number and this is the ratio of consecutive terms.
    term = (term * (withX - k) * (withY - k)) / ((k + 1n) * (withoutX - withY + k + 1n));
    k++;
  }
  const total = choose(n, withY);
  const shift = total.toString(2).length - sum.toString(2).length + 64;
  return Number((sum << BigInt(shift)) / total) * 2 ** -shift;
}

describe("computeFisherP (one-sided, greater)", () => {
  it("matches a p-value worked by hand from the hypergeometric formula", () => {
    // 8 baskets: bread in 5, butter in 5, both in 4 (table 4 | 1 / 1 | 2).
    // P(K >= 4) = [C(5,4)·C(3,1) + C(5,5)·C(3,0)] / C(8,5) = (15 + 1) / 56 = 2/7.
    expect(computeFisherP({ both: 4, onlyX: 1, onlyY: 1, neither: 2 })).toBeCloseTo(2 / 7, 14);
    // 10 baskets: X in 4, Y in 5, X always with Y: P(K >= 4) = C(4,4)·C(6,1) / C(10,5) = 6/252 = 1/42.
    expect(computeFisherP({ both: 4, onlyX: 0, onlyY: 1, neither: 5 })).toBeCloseTo(1 / 42, 14);
  });

  it("is 1 at or below the smallest possible overlap", () => {
    expect(computeFisherP({ both: 0, onlyX: 3, onlyY: 3, neither: 4 })).toBe(1);
    // X in 6 of 10 and Y in 6 of 10 must overlap in at least 2 baskets.
    expect(computeFisherP({ both: 2, onlyX: 4, onlyY: 4, neither: 0 })).toBe(1);
  });

  it("agrees with exact BigInt arithmetic to 12 digits up to a million baskets, in both tails", () => {
    const tables: TwoByTwo[] = [
      { both: 69, onlyX: 91, onlyY: 1003, neither: 8672 }, // {herbs} => {root vegetables} in Groceries
      { both: 12, onlyX: 988, onlyY: 988, neither: 998_012 }, // 12 co-buys where 1 is expected, n = 10^6
      { both: 150, onlyX: 2850, onlyY: 4850, neither: 392_150 }, // 150 where 3000 · 5000 / 400,000 = 37.5 are expected
      { both: 11, onlyX: 89, onlyY: 89, neither: 811 }, // just above the expected 10: upper tail near 0.4
      { both: 3, onlyX: 97, onlyY: 97, neither: 803 }, // below the expected 10: lower-tail branch, p near 1
    ];
    for (const table of tables) {
      const exact = exactFisherP(table);
      const p = computeFisherP(table);
      expect(Math.abs(p - exact) / exact).toBeLessThan(1e-12);
    }
  });

  it("rounds an astronomically small p to 0 rather than failing", () => {
    expect(computeFisherP({ both: 400, onlyX: 600, onlyY: 9600, neither: 989_400 })).toBe(0);
  });
});
