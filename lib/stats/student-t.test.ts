import { describe, expect, it } from "vitest";
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from "./student-t";
import { normalCdf } from "./normal";

describe("studentTCdf", () => {
  it("matches the printed t table", () => {
    // Two-sided 5% critical values: 12.706 (1 df), 2.228 (10 df), 2.042 (30 df).
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(12.706, 1)).toBeCloseTo(0.975, 5);
    expect(studentTCdf(2.042, 30)).toBeCloseTo(0.975, 4);
    expect(studentTCdf(-2.228, 10)).toBeCloseTo(0.025, 4);
  });

  it("matches the closed forms for 1 and 2 degrees of freedom", () => {
    for (const t of [-7, -1.3, 0, 0.4, 2.5, 40]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14); // Cauchy
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 14);
    }
  });

  it("tends to the normal distribution as df grows, on both sides of the 1e7 switch", () => {
    for (const t of [0.5, 1.96, 3]) {
      expect(studentTCdf(t, 9e6)).toBeCloseTo(normalCdf(t), 6);
      expect(studentTCdf(t, 2e7)).toBeCloseTo(normalCdf(t), 7);
      // The two methods agree where they meet.
      expect(studentTTwoSidedP(t, 1e7 - 1)).toBeCloseTo(studentTTwoSidedP(t, 1e7 + 1), 10);
    }
  });

  it("keeps small p-values and tiny t apart from 0 and ½", () => {
    // t = 10 with 50 df: two-sided p = 1.6077e-13 (R: 2 * pt(-10, 50)).
    expect(studentTTwoSidedP(10, 50) / 1.6077334688335e-13).toBeCloseTo(1, 10);
    expect(studentTCdf(1e-8, 3)).toBeGreaterThan(0.5);
  });
});

describe("studentTQuantile", () => {
  it("matches the printed t table", () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.032143, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 6);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228139, 6);
  });

  it("inverts the CDF for fractional df (as Welch produces)", () => {
    for (const df of [1.5, 17.776, 123.4, 2e5]) {
      for (const p of [0.6, 0.975, 0.999]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 13);
    }
    // Cauchy quantile: tan(π (p − ½)).
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(0.4 * Math.PI), 12);
  });
});
