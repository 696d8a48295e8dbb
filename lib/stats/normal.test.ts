import { describe, expect, it } from "vitest";
import { erfc, normalCdf, normalQuantile, normalSf, twoSidedNormalP } from "./normal";

// Reference values: Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.1 (15 digits),
// and the tail values 1 − Φ(5), 1 − Φ(10) from its asymptotic table 26.2.
describe("normalCdf", () => {
  it("matches the published table", () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 14);
    expect(normalCdf(2)).toBeCloseTo(0.977249868051821, 14);
    expect(normalCdf(3)).toBeCloseTo(0.99865010196837, 14);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(1 - 0.841344746068543, 14);
  });

  it("keeps relative accuracy in the far tail", () => {
    expect(normalSf(5) / 2.866515718791939e-7).toBeCloseTo(1, 13);
    expect(normalSf(10) / 7.619853024160526e-24).toBeCloseTo(1, 13);
    expect(normalCdf(-10) / 7.619853024160526e-24).toBeCloseTo(1, 13);
  });

  it("gives erfc's exact points and its symmetry", () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(-0.3) + erfc(0.3)).toBeCloseTo(2, 15);
    // erfc(1) = 0.157299207050285 (A&S Table 7.1: erf(1) = 0.842700792949715).
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 15);
    expect(erfc(30)).toBe(0);
  });

  it("turns a z statistic into a two-sided p-value", () => {
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalP(0)).toBe(1);
  });
});

describe("normalQuantile", () => {
  it("matches published percentage points", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 12);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621233572914, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
  });

  it("inverts normalCdf (two independent algorithms: Cody's erfc and Wichura's AS 241)", () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.02, 0.1, 0.3, 0.45, 0.55, 0.7, 0.9, 0.99, 0.9999]) {
      const z = normalQuantile(p);
      expect(Math.abs(normalCdf(z) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-13);
    }
  });

  it("rejects probabilities outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(/0 < p < 1/);
  });
});
