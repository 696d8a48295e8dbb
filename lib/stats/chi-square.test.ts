import { describe, expect, it } from "vitest";
import { chiSquareSf } from "./chi-square";
import { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma";
import { twoSidedNormalP } from "./normal";

describe("chiSquareSf", () => {
  it("matches the printed chi-square table", () => {
    expect(chiSquareSf(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareSf(9.21, 2)).toBeCloseTo(0.01, 4);
    expect(chiSquareSf(11.345, 3)).toBeCloseTo(0.01, 4);
    expect(chiSquareSf(18.307, 10)).toBeCloseTo(0.05, 4);
    expect(chiSquareSf(10.828, 1)).toBeCloseTo(0.001, 5);
  });

  it("matches closed forms: exp(−x/2) for 2 df, the normal tail for 1 df", () => {
    for (const x of [0.2, 3, 9.21, 60]) {
      expect(chiSquareSf(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 13);
      expect(chiSquareSf(x, 1) / twoSidedNormalP(Math.sqrt(x))).toBeCloseTo(1, 13);
    }
    expect(chiSquareSf(0, 3)).toBe(1);
  });
});

describe("regularized incomplete gamma", () => {
  it("matches P(1, x) = 1 − e^(−x) and P + Q = 1", () => {
    for (const x of [0.1, 1, 2.5, 30]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(-Math.expm1(-x), 15);
      expect(regularizedGammaQ(1, x) / Math.exp(-x)).toBeCloseTo(1, 13);
    }
    for (const [a, x] of [
      [0.5, 0.1],
      [3, 2],
      [10, 15],
      [100, 90],
    ]) {
      expect(regularizedGammaP(a, x) + regularizedGammaQ(a, x)).toBeCloseTo(1, 14);
    }
    // P(3, 2) = 1 − e^(−2)(1 + 2 + 2) (Poisson tail).
    expect(regularizedGammaP(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 15);
  });
});
