import { describe, expect, it } from "vitest";
import { adjustBenjaminiHochberg } from "./adjust-benjamini-hochberg";

describe("adjustBenjaminiHochberg", () => {
  it("matches q-values worked by hand", () => {
    // m = 5; sorted p: 0.005, 0.01, 0.03, 0.04, 0.2 → p·m/rank: 0.025, 0.025, 0.05, 0.05, 0.2;
    // running minimum from the largest: 0.025, 0.025, 0.05, 0.05, 0.2.
    const q = adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2]);
    [0.025, 0.05, 0.05, 0.025, 0.2].forEach((expected, i) => expect(q[i]).toBeCloseTo(expected, 15));
  });

  it("carries a smaller later value down to earlier ranks", () => {
    // sorted 0.02, 0.03, 0.9: 0.06, 0.045, 0.9 → q of 0.02 becomes 0.045 (min over later ranks).
    const q = adjustBenjaminiHochberg([0.9, 0.02, 0.03]);
    [0.9, 0.045, 0.045].forEach((expected, i) => expect(q[i]).toBeCloseTo(expected, 15));
    expect(Array.from(adjustBenjaminiHochberg([0.6, 0.7]))).toEqual([0.7, 0.7]);
    expect(adjustBenjaminiHochberg([1, 1, 1]).every((v) => v === 1)).toBe(true);
  });

  it("rejects something that is not a p-value", () => {
    expect(() => adjustBenjaminiHochberg([0.1, Number.NaN])).toThrow(/p-value 1/);
  });
});
