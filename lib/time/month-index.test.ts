import { describe, expect, it } from "vitest";
import { monthBuckets } from "./month-buckets";
import { MonthIndex } from "./month-index";

describe("MonthIndex", () => {
  it("finds the local calendar month of any instant, growing both ways", () => {
    const ny = new MonthIndex("America/New_York");
    // 1 Mar 2025 03:30 UTC is still 28 Feb in New York.
    expect(ny.monthOf(Date.parse("2025-03-01T03:30:00Z"))).toEqual({ startMs: Date.parse("2025-02-01T05:00:00Z"), endMs: Date.parse("2025-03-01T05:00:00Z") });
    expect(ny.startOf(Date.parse("2025-03-01T05:00:00Z"))).toBe(Date.parse("2025-03-01T05:00:00Z")); // local midnight: its own month
    expect(ny.startOf(Date.parse("2024-12-31T12:00:00Z"))).toBe(Date.parse("2024-12-01T05:00:00Z")); // before the known months
    expect(ny.startOf(Date.parse("2026-07-04T12:00:00Z"))).toBe(Date.parse("2026-07-01T04:00:00Z")); // after them, in summer time
    expect(ny.endOfMonthStarting(Date.parse("2025-03-01T05:00:00Z"))).toBe(Date.parse("2025-04-01T04:00:00Z"));
  });

  it("agrees with monthBuckets on every hour of two years", () => {
    const tz = "Europe/Amsterdam";
    const from = Date.parse("2024-12-15T00:00:00Z");
    const to = Date.parse("2026-12-15T00:00:00Z");
    const months = monthBuckets(from, to, tz);
    const index = new MonthIndex(tz);
    for (let at = to; at >= from; at -= 3_599_999) {
      const m = months.find((b) => b.startMs <= at && at < b.endMs)!;
      expect(index.monthOf(at)).toEqual({ startMs: m.startMs, endMs: m.endMs });
    }
  });
});
