import { describe, expect, it } from "vitest";
import { compareProportions } from "./compare-proportions";
import { chiSquareSf } from "./chi-square";

describe("compareProportions", () => {
  // Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Stat Med 17:873–890, Table II, method 10. Newcombe's first group is
  // our variant (the difference is variant − control).
  it("reproduces Newcombe's hybrid score intervals", () => {
    const cases: [number, number, number, number, number, number][] = [
      // variant x/n, control x/n, lower, upper
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
    ];
    for (const [xv, nv, xc, nc, lower, upper] of cases) {
      const r = compareProportions({ conversions: xc, users: nc }, { conversions: xv, users: nv });
      expect(r.difference.estimate).toBeCloseTo(xv / nv - xc / nc, 15);
      expect(r.difference.lower).toBeCloseTo(lower, 4);
      expect(r.difference.upper).toBeCloseTo(upper, 4);
    }
  });

  it("computes the pooled z-test by hand: 20/100 vs 30/100", () => {
    // Pooled rate 0.25; se = √(0.25 · 0.75 · (1/100 + 1/100)) = √0.00375; z = 0.10 / √0.00375 = √(8/3).
    const r = compareProportions({ conversions: 20, users: 100 }, { conversions: 30, users: 100 });
    expect(r.z).toBeCloseTo(Math.sqrt(8 / 3), 14);
    // Pearson's χ² of the 2×2 table: expected 25 and 75 per row, Σ(o − e)²/e = 2·(25/25 + 25/75) = 8/3.
    expect(r.pValue).toBeCloseTo(chiSquareSf(8 / 3, 1), 14);
    expect(r.pValue).toBeCloseTo(0.1025, 4);
    // Swapping the groups flips the sign only.
    const swapped = compareProportions({ conversions: 30, users: 100 }, { conversions: 20, users: 100 });
    expect(swapped.z).toBeCloseTo(-r.z, 14);
    expect(swapped.pValue).toBeCloseTo(r.pValue, 14);
  });

  it("gives the relative lift with a log-ratio (Katz) interval", () => {
    // RR = 0.30/0.20 = 1.5; se(ln RR) = √(1/30 − 1/100 + 1/20 − 1/100) = 0.251661;
    // exp(ln 1.5 ± 1.959964 · 0.251661) − 1 = −0.0840 to +1.4564.
    const r = compareProportions({ conversions: 20, users: 100 }, { conversions: 30, users: 100 });
    expect(r.relativeDifference?.estimate).toBeCloseTo(0.5, 14);
    expect(r.relativeDifference?.lower).toBeCloseTo(-0.084039, 6);
    expect(r.relativeDifference?.upper).toBeCloseTo(1.456437, 6);
  });

  it("handles groups without conversions", () => {
    const none = compareProportions({ conversions: 0, users: 50 }, { conversions: 0, users: 60 });
    expect(none.z).toBe(0);
    expect(none.pValue).toBe(1);
    expect(none.relativeDifference).toBeNull();
    expect(compareProportions({ conversions: 0, users: 50 }, { conversions: 3, users: 60 }).relativeDifference).toBeNull();
  });
});
