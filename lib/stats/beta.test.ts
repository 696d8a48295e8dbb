import { describe, expect, it } from "vitest";
import { regularizedBeta } from "./beta";

describe("regularizedBeta", () => {
  it("matches hand-worked values", () => {
    // I_x(2, 3) = Σ_{j=2..4} C(4, j) x^j (1 − x)^(4−j) = (6 + 4 + 1) / 16 at x = ½.
    expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(0.6875, 14);
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
    expect(regularizedBeta(0.3, 4, 1)).toBeCloseTo(0.3 ** 4, 15); // I_x(a, 1) = x^a
    expect(regularizedBeta(0.3, 1, 5)).toBeCloseTo(1 - 0.7 ** 5, 14); // I_x(1, b) = 1 − (1 − x)^b
    expect(regularizedBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14); // symmetry
    // I_x(½, ½) = (2/π) asin √x (arcsine distribution).
    expect(regularizedBeta(0.1, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.1)), 14);
  });

  it("is a binomial tail for integer parameters, also at large counts", () => {
    // P(Bin(n, x) ≥ a) = I_x(a, n − a + 1); summed term by term here in logs.
    const n = 2000;
    const a = 230;
    const x = 0.11;
    let tail = 0;
    let logTerm = n * Math.log1p(-x); // k = 0
    for (let k = 0; k <= n; k++) {
      if (k >= a) tail += Math.exp(logTerm);
      logTerm += Math.log(((n - k) / (k + 1)) * (x / (1 - x)));
    }
    expect(regularizedBeta(x, a, n - a + 1)).toBeCloseTo(tail, 12);
  });

  it("uses an exact complement when x has rounded to 1", () => {
    const y = 1e-17;
    // I_x(a, ½) near x = 1 is 1 − I_y(½, a) ≈ 1 − c√y: only the complement y can resolve it.
    expect(regularizedBeta(1 - y, 3, 0.5, y)).toBeLessThan(1);
    expect(regularizedBeta(1, 3, 0.5, y)).toBeCloseTo(1 - regularizedBeta(y, 0.5, 3), 15);
  });

  it("rejects bad arguments", () => {
    expect(() => regularizedBeta(1.1, 2, 2)).toThrow(RangeError);
    expect(() => regularizedBeta(0.5, 0, 2)).toThrow(/a, b > 0/);
  });
});
