import { describe, expect, it } from "vitest";
import { estimateProportion } from "@/lib/stats/proportion";
import { shapeSegmentRows, type SegmentCounts } from "./shape-segment-rows";

const counts = (value: string | null, active: number, cross = 0): SegmentCounts => ({
  value,
  active,
  cross,
  up: 0,
  deep: 0,
  orders: active,
  revenue: 10 * active,
  customersToEnd: active,
  repeaters: 0,
  revenueToEnd: 10 * active,
  shown: 0,
  accepted: 0,
});

describe("shapeSegmentRows", () => {
  it("orders by size with (unknown) last, flags small rows and adds Wilson intervals", () => {
    const { rows, multipleComparisons } = shapeSegmentRows([counts(null, 50, 5), counts("B", 10, 2), counts("A", 40, 8)], { minSize: 30 });
    expect(rows.map((r) => [r.value, r.unknown, r.customers, r.small])).toEqual([
      ["A", false, 40, false],
      ["B", false, 10, true],
      ["(unknown)", true, 50, false],
    ]);
    expect(rows[0].kpis.crossSellRatio).toEqual({ value: 0.2, numerator: 8, denominator: 40 });
    expect(rows[0].intervals.crossSellRatio).toEqual(estimateProportion({ conversions: 8, users: 40 }));
    expect(rows[0].intervals.upsellRatio).toMatchObject({ estimate: 0, lower: 0 });
    expect(multipleComparisons).toMatchObject({ segments: 3, warn: false });
    expect(rows[0].adjustedIntervals).toBeNull();
  });

  it("keeps a natural order when given one, and no interval without customers", () => {
    const { rows } = shapeSegmentRows([counts("65+", 5), counts("<25", 1), counts("25-34", 0)], { order: ["<25", "25-34", "65+"] });
    expect(rows.map((r) => r.value)).toEqual(["<25", "25-34", "65+"]);
    expect(rows[1].intervals).toEqual({ crossSellRatio: null, upsellRatio: null });
    expect(rows[1].kpis.crossSellRatio.value).toBeNull();
  });

  it("warns past ten segments and adds Bonferroni-adjusted intervals", () => {
    // 12 segments with customers (the empty one is not compared): each interval at 1 − 0.05 / 12.
    const many = [...Array.from({ length: 12 }, (_, i) => counts(`r${i}`, 100, 20)), counts("empty", 0)];
    const { rows, multipleComparisons } = shapeSegmentRows(many);
    expect(multipleComparisons).toEqual({ segments: 12, warn: true, confidence: 0.95, adjustedConfidence: 1 - 0.05 / 12 });
    const adjusted = rows[0].adjustedIntervals!.crossSellRatio!;
    expect(adjusted).toEqual(estimateProportion({ conversions: 20, users: 100 }, 1 - 0.05 / 12));
    expect(adjusted.lower).toBeLessThan(rows[0].intervals.crossSellRatio!.lower);
  });
});
