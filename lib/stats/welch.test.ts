import { describe, expect, it } from "vitest";
import { summarizeFromSums, summarizeSample, welchTTest, welchTTestFromSamples } from "./welch";

// R's documented example `t.test(extra ~ group, data = sleep)` (Student's sleep data, Welch by default):
// t = -1.8608, df = 17.776, p-value = 0.07939, 95% CI -3.3654832 to 0.2054832 for group 1 − group 2.
const SLEEP_GROUP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_GROUP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("welchTTest", () => {
  it("reproduces R's sleep-data output", () => {
    const r = welchTTestFromSamples(SLEEP_GROUP_2, SLEEP_GROUP_1);
    expect(r).not.toBeNull();
    expect(r!.difference.estimate).toBeCloseTo(0.75 - 2.33, 12);
    expect(r!.t).toBeCloseTo(-1.8608, 4);
    expect(r!.df).toBeCloseTo(17.776, 3);
    expect(r!.pValue).toBeCloseTo(0.07939, 5);
    expect(r!.difference.lower).toBeCloseTo(-3.3654832, 7);
    expect(r!.difference.upper).toBeCloseTo(0.2054832, 7);
  });

  it("works from summaries by hand: equal n and variances give df = 2n − 2", () => {
    // se = √(4/5 + 4/5) = √1.6; t = 3 / √1.6 = 2.371708; df = 1.6² / (0.8²/4 + 0.8²/4) = 8;
    // 95% CI = 3 ± t(0.975, 8) · √1.6 = 3 ± 2.306004 · 1.264911 (t table: 2.306).
    const r = welchTTest({ n: 5, mean: 10, variance: 4 }, { n: 5, mean: 13, variance: 4 });
    expect(r!.t).toBeCloseTo(2.371708, 6);
    expect(r!.df).toBeCloseTo(8, 12);
    expect(r!.difference.upper - 3).toBeCloseTo(2.306004 * Math.sqrt(1.6), 5);
    // p lies between the table's two-sided 0.05 (2.306) and 0.04 (2.449) points for 8 df.
    expect(r!.pValue).toBeGreaterThan(0.04);
    expect(r!.pValue).toBeLessThan(0.05);
  });

  it("returns null when the test is undefined", () => {
    expect(welchTTest({ n: 1, mean: 3, variance: NaN }, { n: 10, mean: 5, variance: 2 })).toBeNull();
    expect(welchTTest({ n: 10, mean: 0, variance: 0 }, { n: 10, mean: 0, variance: 0 })).toBeNull();
    expect(() => welchTTest({ n: 10, mean: 0, variance: -1 }, { n: 10, mean: 0, variance: 1 })).toThrow(/control: variance/);
  });
});

describe("summaries", () => {
  it("agree between raw values and sums of squares", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: Σx = 40, Σx² = 232, mean 5, sample variance (232 − 40²/8)/7 = 32/7.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(summarizeSample(values)).toEqual({ n: 8, mean: 5, variance: 32 / 7 });
    const fromSums = summarizeFromSums(8, 40, 232);
    expect(fromSums.mean).toBe(5);
    expect(fromSums.variance).toBeCloseTo(32 / 7, 14);
    expect(summarizeFromSums(3, 3 * 0.1, 3 * 0.1 * 0.1).variance).toBeGreaterThanOrEqual(0);
  });
});
