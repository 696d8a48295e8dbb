import { describe, expect, it } from "vitest";
import { change, pointsChange } from "./kpis";

describe("changes of a KPI", () => {
  it("compares ratios in percentage points and money relatively", () => {
    // 77.4% → 74.2%: −3.2 points, where the relative change would say −4.1%.
    expect(pointsChange(0.774, 0.742)).toBeCloseTo(-0.032, 12);
    expect(change(0.774, 0.742)).toBeCloseTo(-0.0413, 4);
    expect(pointsChange(null, 0.5)).toBeNull();
    expect(pointsChange(0, 0.5)).toBe(0.5); // from nothing: still a number of points
    expect(change(0, 0.5)).toBeNull();
  });
});
