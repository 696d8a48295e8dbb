import { describe, expect, it } from "vitest";
import { checkSampleRatio } from "./srm";

describe("checkSampleRatio", () => {
  it("flags the published SRM example", () => {
    // Kohavi, Tang & Xu, Trustworthy Online Controlled Experiments (2020), ch. 3: 821,588 vs 815,482 users
    // on a 50/50 design, p ≈ 1.8e-6. By hand: expected 818,535 each, χ² = 2 · 3,053² / 818,535 = 22.774.
    const r = checkSampleRatio([821_588, 815_482]);
    expect(r.chiSquare).toBeCloseTo(22.774, 3);
    expect(r.df).toBe(1);
    expect(r.pValue).toBeCloseTo(1.8e-6, 7);
    expect(r.mismatch).toBe(true);
  });

  it("does not flag ordinary noise", () => {
    // 1,000 vs 1,100: expected 1,050 each, χ² = 2 · 50² / 1,050 = 4.7619, p = erfc(√(χ²/2)) = 0.0291.
    const r = checkSampleRatio([1000, 1100]);
    expect(r.chiSquare).toBeCloseTo(5000 / 1050, 12);
    expect(r.pValue).toBeCloseTo(0.0291, 4);
    expect(r.mismatch).toBe(false);
    expect(r.observedShares).toEqual([1000 / 2100, 1100 / 2100]);
  });

  it("tests against planned weights", () => {
    // Plan 2:1:1, observed 520/240/240 of 1,000: χ² = 20²/500 + 10²/250 + 10²/250 = 1.6 on 2 df,
    // p = exp(−1.6/2) = 0.449329.
    const r = checkSampleRatio([520, 240, 240], [2, 1, 1]);
    expect(r.expectedShares).toEqual([0.5, 0.25, 0.25]);
    expect(r.chiSquare).toBeCloseTo(1.6, 12);
    expect(r.df).toBe(2);
    expect(r.pValue).toBeCloseTo(Math.exp(-0.8), 12);
    // The same counts against an equal split are far off.
    expect(checkSampleRatio([520, 240, 240]).mismatch).toBe(true);
  });

  it("rejects malformed plans", () => {
    expect(() => checkSampleRatio([10])).toThrow(/at least 2 groups/);
    expect(() => checkSampleRatio([10, 20], [1])).toThrow(/1 weights for 2 groups/);
    expect(() => checkSampleRatio([10, 20], [1, 0])).toThrow(/Group 2: planned weight must be > 0/);
    expect(() => checkSampleRatio([0, 0])).toThrow(/at least one user/);
  });
});
