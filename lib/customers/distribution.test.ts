import { describe, expect, it } from "vitest";
import { binCount, chooseBinWidth, interpolatePercentiles, percentileRanks, shapeBins, summarizeValues } from "./distribution";

describe("percentiles by linear interpolation (type 7)", () => {
  it("asks for the two ranks around (n − 1)p and interpolates between them", () => {
    // n = 5: median h = 2 → rank 3 (and 4, weight 0); p10 h = 0.4 → ranks 1, 2.
    expect(percentileRanks(5, [0.1, 0.5])).toEqual([1, 2, 3, 4]);
    const values = new Map([
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 40],
      [5, 50],
    ]);
    expect(interpolatePercentiles(5, values, [0.1, 0.5, 0.99])).toEqual([
      { p: 0.1, value: 14 }, // 10 + 0.4 × 10
      { p: 0.5, value: 30 },
      { p: 0.99, value: 49.6 }, // h = 3.96: 40 + 0.96 × 10
    ]);
    // A single value is every percentile.
    expect(percentileRanks(1, [0.5, 0.99])).toEqual([1]);
    expect(interpolatePercentiles(1, new Map([[1, 7]]), [0.99])).toEqual([{ p: 0.99, value: 7 }]);
  });
});

describe("histogram bars", () => {
  it("picks a 1, 2, 2.5 or 5 × 10^k width for about 20 bars up to the top", () => {
    expect(chooseBinWidth(1196.4)).toBe(100); // 59.8 a bar → 100
    expect(chooseBinWidth(1000)).toBe(50);
    expect(chooseBinWidth(45)).toBe(2.5); // 2.25 → 2.5
    expect(chooseBinWidth(0)).toBe(1);
    expect(binCount(1196.4, 100)).toBe(12);
    expect(binCount(1200, 100)).toBe(12);
  });

  it("keeps empty bars and adds the open last bar only when something is above", () => {
    expect(shapeBins(10, 2, new Map([[0, 3]]))).toEqual([
      { from: 0, to: 10, customers: 3 },
      { from: 10, to: 20, customers: 0 },
    ]);
    expect(
      shapeBins(
        10,
        1,
        new Map([
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toEqual([
      { from: 0, to: 10, customers: 1 },
      { from: 10, to: null, customers: 2 },
    ]);
  });

  it("summarizes values in memory the same way", () => {
    // Sorted: −5, 0, 10, 20, 1000. Mean 1025 / 5 = 205. p99: h = 3.96 → 20 + 0.96 × 980 = 960.8.
    const d = summarizeValues([20, 1000, -5, 10, 0]);
    expect(d).toMatchObject({ customers: 5, total: 1025, mean: 205, min: -5, max: 1000 });
    expect(d.percentiles.find((p) => p.p === 0.5)?.value).toBe(10);
    expect(d.percentiles.find((p) => p.p === 0.99)?.value).toBeCloseTo(960.8, 9);
    // 960.8 / 20 = 48 → width 50, 20 bars; −5 joins the first bar, 1000 the open last one.
    expect(d.bins).toHaveLength(21);
    expect(d.bins[0]).toEqual({ from: 0, to: 50, customers: 4 });
    expect(d.bins[20]).toEqual({ from: 1000, to: null, customers: 1 });
    expect(summarizeValues([])).toMatchObject({ customers: 0, mean: null, bins: [] });
  });
});
