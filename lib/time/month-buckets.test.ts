import { describe, expect, it } from "vitest";
import { monthBuckets } from "./month-buckets";

describe("monthBuckets", () => {
  it("starts each month at local midnight in the workspace time zone", () => {
    // 2025-10-31T23:30Z is 2025-11-01 00:30 in Amsterdam (CET, +1).
    const t = Date.parse("2025-10-31T23:30:00Z");
    const buckets = monthBuckets(Date.parse("2025-10-15T12:00:00Z"), t, "Europe/Amsterdam");
    expect(buckets.map((b) => b.month)).toEqual(["2025-10", "2025-11"]);
    expect(new Date(buckets[1].startMs).toISOString()).toBe("2025-10-31T23:00:00.000Z");
    // October starts in summer time (+2): 2025-09-30T22:00Z.
    expect(new Date(buckets[0].startMs).toISOString()).toBe("2025-09-30T22:00:00.000Z");
    const inNov = buckets.find((b) => t >= b.startMs && t < b.endMs);
    expect(inNov?.month).toBe("2025-11");
  });

  it("rolls over the year and uses UTC when asked", () => {
    const b = monthBuckets(Date.parse("2024-12-05T00:00:00Z"), Date.parse("2025-01-02T00:00:00Z"), "UTC");
    expect(b).toEqual([
      { month: "2024-12", startMs: Date.parse("2024-12-01T00:00:00Z"), endMs: Date.parse("2025-01-01T00:00:00Z") },
      { month: "2025-01", startMs: Date.parse("2025-01-01T00:00:00Z"), endMs: Date.parse("2025-02-01T00:00:00Z") },
    ]);
  });
});
