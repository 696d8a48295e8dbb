import { describe, expect, it } from "vitest";
import { AppFailure } from "@/lib/result";
import { analyzeAbTest } from "./analyze-ab-test";
import { renderVerdict } from "./render-verdict";

// Revenue sums for a group of n users with a given mean and sample variance: Σx = n·mean,
// Σx² = variance·(n − 1) + (Σx)²/n.
const revenue = (n: number, mean: number, variance: number) => ({
  revenueSum: n * mean,
  revenueSumOfSquares: variance * (n - 1) + (n * mean) ** 2 / n,
});

describe("analyzeAbTest", () => {
  it("reports a winning variant with every figure worked out by hand", () => {
    const r = analyzeAbTest({
      variants: [
        { name: "control", users: 10_000, conversions: 1_000, ...revenue(10_000, 5, 100) },
        { name: "B", users: 10_000, conversions: 1_150, ...revenue(10_000, 5.5, 121) },
      ],
    });
    expect(r.control).toBe("control");
    expect(r.variants.map((v) => [v.name, v.isControl, v.conversionRate.estimate])).toEqual([
      ["control", true, 0.1],
      ["B", false, 0.115],
    ]);
    expect(r.variants[1].revenuePerUser).toBeCloseTo(5.5, 12);

    const b = r.comparisons[0];
    // Pooled rate 0.1075: z = 0.015 / √(0.1075 · 0.8925 · 2/10,000) = 0.015 / 0.0043805 = 3.4243; p = 0.000616.
    expect(b.z).toBeCloseTo(3.4243, 4);
    expect(b.pValue).toBeCloseTo(0.000616, 6);
    expect(b.significant).toBe(true);
    // Wilson: control 0.094273–0.106034, B 0.108895–0.121401. Newcombe: 0.015 − √(0.006105² + 0.006034²)
    // = 0.006416 and 0.015 + √(0.006401² + 0.005727²) = 0.023589.
    expect(b.absoluteDifference.lower).toBeCloseTo(0.006416, 6);
    expect(b.absoluteDifference.upper).toBeCloseTo(0.023589, 6);
    // Lift 15%: exp(ln 1.15 ± 1.96 · √(1/1000 − 1/10000 + 1/1150 − 1/10000)) − 1 = 6.15% to 24.59%.
    expect(b.relativeDifference!.estimate).toBeCloseTo(0.15, 12);
    expect(b.relativeDifference!.lower).toBeCloseTo(0.061494, 6);
    expect(b.relativeDifference!.upper).toBeCloseTo(0.245886, 6);
    // Welch on revenue: se = √(100/10,000 + 121/10,000) = 0.148661, t = 0.5 / 0.148661 = 3.3634,
    // df = 0.0221² / ((0.01² + 0.0121²) / 9,999) = 19,819.05; p = 0.00077; CI 0.2086 to 0.7914.
    expect(b.revenuePerUser!.t).toBeCloseTo(3.3634, 4);
    expect(b.revenuePerUser!.df).toBeCloseTo(19819.05, 2);
    expect(b.revenuePerUser!.pValue).toBeCloseTo(0.000771, 6);
    expect(b.revenuePerUser!.difference.lower).toBeCloseTo(0.2086, 4);
    expect(b.bayesian.probabilityToBeatControl).toBeGreaterThan(0.999);
    expect(b.additionalUsersPerGroup).toBe(0);
    expect(b.verdict.code).toBe("variant_better");
    expect(renderVerdict(b.verdict)).toBe("B converts better than control: +1.5 points (95% CI +0.6 to +2.4), p = 0.0006.");
    expect(r.sampleRatio.mismatch).toBe(false);
  });

  it("reports a losing variant", () => {
    // 1,000/10,000 vs 900/10,000: pooled 0.095, z = −0.01 / √(0.095 · 0.905 · 0.0002) = −2.4116, p = 0.0159.
    const r = analyzeAbTest({
      variants: [
        { name: "control", users: 10_000, conversions: 1_000 },
        { name: "B", users: 10_000, conversions: 900 },
      ],
    });
    expect(r.comparisons[0].z).toBeCloseTo(-2.4116, 4);
    expect(r.comparisons[0].revenuePerUser).toBeNull();
    expect(renderVerdict(r.comparisons[0].verdict)).toMatch(/^B converts worse than control: -1\.0 points \(95% CI -1\.8 to -0\.2\), p = 0\.0159\.$/);
  });

  it("asks for more users when the difference is not significant, and says so when there is none", () => {
    // 100/1,000 vs 120/1,000: 3,841 per group are needed (see power.test.ts), 2,841 more.
    const r = analyzeAbTest({
      variants: [
        { name: "control", users: 1000, conversions: 100 },
        { name: "B", users: 1000, conversions: 120 },
        { name: "C", users: 1000, conversions: 100 },
      ],
    });
    const [b, c] = r.comparisons;
    expect(b.significant).toBe(false);
    expect(b.additionalUsersPerGroup).toBe(2841);
    expect(renderVerdict(b.verdict)).toMatch(
      /^No significant difference between B and control yet \(p = 0\.\d+\); about 2,841 more users per group are needed to detect the observed effect with 80% power\.$/,
    );
    expect(c.pValue).toBe(1);
    expect(c.bayesian.probabilityToBeatControl).toBeCloseTo(0.5, 12);
    expect(renderVerdict(c.verdict)).toBe("No significant difference between C and control (p = 1.00).");
  });

  it("overrides every verdict when the split is off", () => {
    // 10,000 vs 10,600 on 50/50: χ² = 2 · 300² / 10,300 = 17.48, p = 2.9e-5 < 0.001.
    const r = analyzeAbTest({
      variants: [
        { name: "control", users: 10_000, conversions: 1_000 },
        { name: "B", users: 10_600, conversions: 1_300 },
      ],
    });
    expect(r.sampleRatio.chiSquare).toBeCloseTo(17.4757, 4);
    expect(r.comparisons[0].verdict.code).toBe("sample_ratio_mismatch");
    expect(renderVerdict(r.comparisons[0].verdict)).toBe("Sample ratio mismatch (p < 0.0001): the split is not as planned, results are unreliable.");
    // The same split is fine when it was planned 9,000 : 1,000 and observed so.
    const planned = analyzeAbTest({
      variants: [
        { name: "control", users: 9_000, conversions: 900 },
        { name: "B", users: 1_000, conversions: 100 },
      ],
      plannedSplit: { control: 90, B: 10 },
    });
    expect(planned.sampleRatio.pValue).toBe(1);
    expect(planned.sampleRatio.expectedShares).toEqual([0.9, 0.1]);
  });

  it("picks the control: explicit, else named control in any case, else the first", () => {
    const variants = [
      { name: "A", users: 100, conversions: 10 },
      { name: "Control", users: 100, conversions: 12 },
    ];
    expect(analyzeAbTest({ variants }).control).toBe("Control");
    expect(analyzeAbTest({ variants, control: "A" }).comparisons[0].variant).toBe("Control");
    expect(analyzeAbTest({ variants: [variants[0], { ...variants[1], name: "B" }] }).control).toBe("A");
  });

  it("rejects inconsistent input with the field at fault", () => {
    const failure = (input: Parameters<typeof analyzeAbTest>[0]) => {
      try {
        analyzeAbTest(input);
      } catch (e) {
        expect(e).toBeInstanceOf(AppFailure);
        const f = e as AppFailure;
        return { code: f.code, field: f.field, message: f.message };
      }
      throw new Error("expected analyzeAbTest to throw");
    };
    const ok = { name: "control", users: 100, conversions: 10 };
    expect(failure({ variants: [ok, { name: "B", users: 10, conversions: 11 }] })).toEqual({
      code: "invalid_input",
      field: "variants.1.conversions",
      message: "conversions cannot exceed users",
    });
    expect(failure({ variants: [ok, { name: "B", users: 10, conversions: 1, revenueSum: 50, revenueSumOfSquares: 100 }] }).field).toBe(
      "variants.1.revenueSumOfSquares",
    );
    expect(failure({ variants: [ok] }).message).toBe("An A/B test needs at least two variants");
    expect(failure({ variants: [ok, { ...ok }] }).message).toBe('Variant name "control" is used twice');
    expect(failure({ variants: [ok, { name: "B", users: 0, conversions: 0 }] }).field).toBe("variants.1.users");
    expect(failure({ variants: [ok, { name: "B", users: 10, conversions: 1 }], control: "C" }).message).toBe(
      'Control "C" is not one of the variants (control, B)',
    );
    expect(failure({ variants: [ok, { name: "B", users: 10, conversions: 1 }], plannedSplit: { control: 1, X: 1 } }).message).toBe(
      "Planned split: no weight for B; unknown variant X",
    );
  });
});
