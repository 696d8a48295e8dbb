import { describe, expect, it } from "vitest";
import { logGamma } from "./log-gamma";
import { logBeta } from "./beta";

describe("logGamma", () => {
  it("matches factorials and Γ(½) = √π", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13); // 9!
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI) / 2), 14);
    // ln 99! = 359.13420536957539878 (summing ln k for k ≤ 99 gives the same to 12 digits; checked below).
    let lnFactorial99 = 0;
    for (let k = 2; k <= 99; k++) lnFactorial99 += Math.log(k);
    expect(lnFactorial99).toBeCloseTo(359.1342053695754, 11);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 12);
  });

  it("follows Γ(x + 1) = x Γ(x) for small and large x", () => {
    for (const x of [0.01, 0.3, 3.7, 250.5, 150000]) {
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
    }
  });

  it("rejects x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe("logBeta", () => {
  it("matches exact Beta function values", () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14); // 1!·2!/4!
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
    expect(logBeta(150000, 1)).toBeCloseTo(-Math.log(150000), 12); // B(a, 1) = 1/a
    expect(logBeta(12, 15)).toBeCloseTo(logGamma(12) + logGamma(15) - logGamma(27), 12);
  });

  it("stays accurate at Bayesian-test sizes", () => {
    // mpmath at 40 digits: log(beta(17265, 127847)) = −52952.63820705139464708667.
    expect(logBeta(17265, 127847)).toBeCloseTo(-52952.638207051395, 9);
    // B(a + 1, b) = B(a, b) · a / (a + b)
    expect(logBeta(150001, 290000) - logBeta(150000, 290000)).toBeCloseTo(Math.log(150000 / 440000), 9);
    expect(logBeta(40, 150000)).toBe(logBeta(150000, 40));
  });
});
