import { describe, expect, it } from "vitest";
import { estimateProportion } from "./proportion";

// Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
// methods", Stat Med 17:857–872, Table I, method 3 (Wilson score, no continuity correction).
describe("estimateProportion (Wilson score interval)", () => {
  it("reproduces Newcombe's published examples", () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [conversions, users, lower, upper] of cases) {
      const r = estimateProportion({ conversions, users });
      expect(r.estimate).toBe(conversions / users);
      expect(r.lower).toBeCloseTo(lower, 4);
      expect(r.upper).toBeCloseTo(upper, 4);
    }
  });

  it("honours the confidence level and the edges", () => {
    // 90%: z = 1.644854; centre (p + z²/2n)/(1 + z²/n) ± … worked out for 81/263: 0.26331 to 0.35657.
    const r = estimateProportion({ conversions: 81, users: 263 }, 0.9);
    expect(r.lower).toBeCloseTo(0.26331, 5);
    expect(r.upper).toBeCloseTo(0.35657, 5);
    const all = estimateProportion({ conversions: 29, users: 29 });
    expect(all.upper).toBe(1);
    expect(all.lower).toBeCloseTo(1 - 0.117, 4); // mirror of 0/29: upper 0.1170
  });

  it("refuses impossible counts with a specific message", () => {
    expect(() => estimateProportion({ conversions: 5, users: 0 })).toThrow(/users must be a whole number of at least 1/);
    expect(() => estimateProportion({ conversions: 12, users: 10 })).toThrow(/conversions must be a whole number from 0 to users \(10\), got 12/);
    expect(() => estimateProportion({ conversions: 1, users: 10 }, 95)).toThrow(/confidence must be between 0 and 1/);
  });
});
