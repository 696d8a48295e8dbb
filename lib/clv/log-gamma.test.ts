import { describe, expect, it } from "vitest";
import { digamma, logGamma } from "./log-gamma";

describe("logGamma and digamma", () => {
  it("agree with exact values and 30-digit mpmath references", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    // mpmath.loggamma / mpmath.digamma at mp.dps = 30
    expect(logGamma(0.243)).toBeCloseTo(1.3180435846996698, 13);
    expect(logGamma(123.456)).toBeCloseTo(469.60554712992947, 11);
    expect(digamma(0.243)).toBeCloseTo(-4.3510938644232106, 13);
    expect(digamma(37.5)).toBeCloseTo(3.6109483445963384, 14);
    // ψ(1) = −γ (Euler–Mascheroni)
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 14);
  });
});
