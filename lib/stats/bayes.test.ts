import { describe, expect, it } from "vitest";
import { EXACT_SUM_LIMIT, approximateBetaComparison, compareBayesian, compareBetaPosteriors, posteriorFromCounts, probabilityGreater } from "./bayes";

// Independent check by brute force: Simpson's rule over the variant's density, with the control's CDF
// from the binomial identity F(y; a, b) = P(Bin(a + b − 1, y) ≥ a). Uses neither ln Γ nor continued fractions.
function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}
const binomial = (n: number, k: number) => factorial(n) / (factorial(k) * factorial(n - k));
const betaPdf = (y: number, a: number, b: number) => (y ** (a - 1) * (1 - y) ** (b - 1) * factorial(a + b - 1)) / (factorial(a - 1) * factorial(b - 1));
function betaCdf(y: number, a: number, b: number): number {
  let s = 0;
  for (let j = a; j <= a + b - 1; j++) s += binomial(a + b - 1, j) * y ** j * (1 - y) ** (a + b - 1 - j);
  return s;
}
function simpson(f: (y: number) => number, steps = 20_000): number {
  const h = 1 / steps;
  let s = f(0) + f(1);
  for (let i = 1; i < steps; i++) s += (i % 2 ? 4 : 2) * f(i * h);
  return (s * h) / 3;
}

describe("probabilityGreater (Evan Miller's closed form)", () => {
  it("gives 2/3 for Beta(2, 1) against a uniform: ∫ 2y · y dy", () => {
    expect(probabilityGreater({ alpha: 1, beta: 1 }, { alpha: 2, beta: 1 })).toBeCloseTo(2 / 3, 15);
    expect(probabilityGreater({ alpha: 2, beta: 1 }, { alpha: 1, beta: 1 })).toBeCloseTo(1 / 3, 15);
  });

  it("gives ½ for identical posteriors, small and large", () => {
    expect(probabilityGreater({ alpha: 5, beta: 7 }, { alpha: 5, beta: 7 })).toBeCloseTo(0.5, 14);
    const big = posteriorFromCounts({ conversions: 15_000, users: 150_000 });
    expect(probabilityGreater(big, big)).toBeCloseTo(0.5, 10);
  });

  it("matches brute-force integration and the exact fraction for 3/10 vs 5/10", () => {
    // Beta(4, 8) vs Beta(6, 6). In rational arithmetic the same sum is 521/646.
    const control = posteriorFromCounts({ conversions: 3, users: 10 });
    const variant = posteriorFromCounts({ conversions: 5, users: 10 });
    expect(control).toEqual({ alpha: 4, beta: 8 });
    const brute = simpson((y) => betaPdf(y, 6, 6) * betaCdf(y, 4, 8));
    expect(brute).toBeCloseTo(521 / 646, 12);
    expect(probabilityGreater(control, variant)).toBeCloseTo(521 / 646, 14);
  });

  it("stays accurate at 150,000 users per group", () => {
    // 15,000 vs 15,300 conversions. Reference: the same sum in 40-digit arithmetic (mpmath) gives
    // 0.96544294989904040; SciPy quad over the density times scipy.special.betainc gives 0.96544294989904.
    const p = probabilityGreater(posteriorFromCounts({ conversions: 15_000, users: 150_000 }), posteriorFromCounts({ conversions: 15_300, users: 150_000 }));
    expect(Math.abs(p - 0.9654429498990404)).toBeLessThan(1e-10);
  });

  it("refuses non-integer parameters, which the closed form cannot take", () => {
    expect(() => probabilityGreater({ alpha: 1.5, beta: 2 }, { alpha: 2, beta: 2 })).toThrow(/whole alpha, beta/);
  });
});

describe("compareBayesian", () => {
  it("gives hand-worked expected losses for Beta(1, 1) vs Beta(2, 1)", () => {
    // E[max(A − B, 0)] = ∫ 2y ∫_y^1 (x − y) dx dy = ∫ y (1 − y)² dy = 1/12;
    // E[max(B − A, 0)] = ∫ 2y · y²/2 dy = 1/4.
    const r = compareBetaPosteriors({ alpha: 1, beta: 1 }, { alpha: 2, beta: 1 });
    expect(r.method).toBe("exact");
    expect(r.probabilityToBeatControl).toBeCloseTo(2 / 3, 15);
    expect(r.expectedLossChoosingVariant).toBeCloseTo(1 / 12, 14);
    expect(r.expectedLossKeepingControl).toBeCloseTo(1 / 4, 14);
  });

  it("matches brute-force integration of the expected loss for 3/10 vs 5/10", () => {
    // E[max(V − C, 0)] = ∫ f_V(v) [v F_C(v) − E[C] F_C⁺(v)] dv, where C⁺ ~ Beta(5, 8) and E[C] = 4/12.
    const keepControl = simpson((v) => betaPdf(v, 6, 6) * (v * betaCdf(v, 4, 8) - (4 / 12) * betaCdf(v, 5, 8)));
    const r = compareBayesian({ conversions: 3, users: 10 }, { conversions: 5, users: 10 });
    expect(r.expectedLossKeepingControl).toBeCloseTo(keepControl, 12);
    // The two losses differ by E[V] − E[C] = 6/12 − 4/12.
    expect(r.expectedLossKeepingControl - r.expectedLossChoosingVariant).toBeCloseTo(2 / 12, 14);
  });

  it("agrees with SciPy's numerical integration at 150,000 users per group", () => {
    // scipy.integrate.quad of f_V(v) [v F_C(v) − E[C] F_C⁺(v)]: 0.0020149957693326 (keep control),
    // and minus E[V] − E[C]: 1.5022435644e-05 (choose variant).
    const r = compareBayesian({ conversions: 15_000, users: 150_000 }, { conversions: 15_300, users: 150_000 });
    expect(r.method).toBe("exact");
    expect(Math.abs(r.expectedLossKeepingControl - 0.0020149957693326)).toBeLessThan(1e-11);
    expect(Math.abs(r.expectedLossChoosingVariant - 1.5022435644e-5)).toBeLessThan(1e-11);
  });

  it("switches to the normal approximation beyond the limit, which is already close at 150,000", () => {
    const control = posteriorFromCounts({ conversions: 15_000, users: 150_000 });
    const variant = posteriorFromCounts({ conversions: 15_300, users: 150_000 });
    const exact = compareBetaPosteriors(control, variant);
    const approx = approximateBetaComparison(control, variant);
    expect(Math.abs(approx.probabilityToBeatControl - exact.probabilityToBeatControl)).toBeLessThan(1e-5);
    expect(Math.abs(approx.expectedLossKeepingControl - exact.expectedLossKeepingControl)).toBeLessThan(1e-8);
    const huge = { alpha: EXACT_SUM_LIMIT + 1, beta: 9 * EXACT_SUM_LIMIT };
    expect(compareBetaPosteriors(huge, huge).method).toBe("normal-approximation");
    expect(compareBetaPosteriors(huge, huge).probabilityToBeatControl).toBe(0.5);
  });
});
