import { describe, expect, it } from "vitest";
import { computeRoi } from "./compute-roi";
import { isControlVariant } from "./control-variants";
import { estimateIncrementality } from "./estimate-incrementality";
import { summarizeMargin } from "./summarize-margin";

describe("estimateIncrementality", () => {
  it("keeps the point estimate when the interval is undefined", () => {
    // One control customer: Welch needs two per group. Treated 10, 30 (mean 20); control 5.
    const r = estimateIncrementality(
      { customers: 2, revenueSum: 40, revenueSumOfSquares: 1000 },
      { customers: 1, revenueSum: 5, revenueSumOfSquares: 25 },
      50,
    )!;
    expect(r.liftPerCustomer).toEqual({ estimate: 15, lower: null, upper: null });
    expect(r.incrementalRevenue).toEqual({ estimate: 30, lower: null, upper: null });
    expect(r.roi).toEqual({ estimate: (30 - 50) / 50, lower: null, upper: null });
    expect(r.pValue).toBeNull();
  });

  it("is null without a control or treated customer, and has no ROI without cost", () => {
    const g = { customers: 3, revenueSum: 30, revenueSumOfSquares: 500 };
    expect(estimateIncrementality(g, { customers: 0, revenueSum: 0, revenueSumOfSquares: 0 }, 10)).toBeNull();
    expect(estimateIncrementality({ customers: 0, revenueSum: 0, revenueSumOfSquares: 0 }, g, 10)).toBeNull();
    expect(estimateIncrementality(g, g, null)!.roi).toBeNull();
    expect(estimateIncrementality(g, g, 0)!.roi).toBeNull();
  });
});

describe("campaign helpers", () => {
  it("computes ROI only against a positive cost", () => {
    expect(computeRoi(150, 100)).toBe(0.5);
    expect(computeRoi(150, 0)).toBeNull();
    expect(computeRoi(150, null)).toBeNull();
    expect(computeRoi(150, -5)).toBeNull();
  });

  it("recognises control and holdout variants without regard to case or spaces", () => {
    expect(["Control", " HOLDOUT ", "control"].map(isControlVariant)).toEqual([true, true, true]);
    expect(["A", "controls", "", null].map(isControlVariant)).toEqual([false, false, false, false]);
  });

  it("has no margin without a line of known cost", () => {
    const counts = { linkedOrders: 1, orderRevenue: 50, revenueWithCost: 0, grossMargin: 0, linesWithCost: 0 };
    expect(summarizeMargin(counts, 10)).toBeNull();
    expect(summarizeMargin(undefined, 10)).toBeNull();
    expect(summarizeMargin({ ...counts, revenueWithCost: 40, grossMargin: 15, linesWithCost: 1 }, 10)).toEqual({
      linkedOrders: 1,
      orderRevenue: 50,
      grossMargin: 15,
      costCoverage: 0.8,
      roi: 0.5,
    });
  });
});
