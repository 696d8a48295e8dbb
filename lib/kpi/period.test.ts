import { describe, expect, it } from "vitest";
import { bucketsFor, comparisonPeriod, dayOf, granularityFor, makePeriod, periodDays } from "./period";

const AMS = "Europe/Amsterdam";

describe("periods", () => {
  it("are whole local days, both ends inclusive", () => {
    const p = makePeriod("2025-10-01", "2025-10-31", AMS);
    expect(new Date(p.startMs).toISOString()).toBe("2025-09-30T22:00:00.000Z"); // CEST +2
    expect(new Date(p.endMs).toISOString()).toBe("2025-10-31T23:00:00.000Z"); // CET +1 after 26 Oct
    expect(periodDays(p)).toBe(31);
    expect(dayOf(Date.parse("2025-10-31T23:30:00Z"), AMS)).toBe("2025-11-01");
    expect(() => makePeriod("2025-10-02", "2025-10-01", AMS)).toThrow(/ends/);
  });

  it("compare with the days just before or the same dates a year earlier", () => {
    const p = makePeriod("2025-10-01", "2025-10-31", AMS);
    expect(comparisonPeriod(p, "previous", AMS)).toMatchObject({ from: "2025-08-31", to: "2025-09-30" });
    expect(comparisonPeriod(p, "year", AMS)).toMatchObject({ from: "2024-10-01", to: "2024-10-31" });
  });

  it("choose days, weeks or months from the length, and clip buckets to the period", () => {
    expect(granularityFor({ from: "2025-01-01", to: "2025-03-03" })).toBe("day"); // 62 days
    expect(granularityFor({ from: "2025-01-01", to: "2025-03-04" })).toBe("week");
    expect(granularityFor({ from: "2025-01-01", to: "2025-12-31" })).toBe("month");

    const weeks = bucketsFor(makePeriod("2025-10-01", "2025-10-14", AMS), "week", AMS);
    expect(weeks.map((b) => b.key)).toEqual(["2025-09-29", "2025-10-06", "2025-10-13"]);
    expect(weeks[0].startMs).toBe(makePeriod("2025-10-01", "2025-10-01", AMS).startMs);

    const months = bucketsFor(makePeriod("2025-10-15", "2025-11-10", AMS), "month", AMS);
    expect(months.map((b) => b.key)).toEqual(["2025-10", "2025-11"]);
    expect(new Date(months[1].startMs).toISOString()).toBe("2025-10-31T23:00:00.000Z");
    expect(months[1].endMs).toBe(makePeriod("2025-11-10", "2025-11-10", AMS).endMs);

    const days = bucketsFor(makePeriod("2025-10-25", "2025-10-27", AMS), "day", AMS);
    expect(days.map((b) => (b.endMs - b.startMs) / 3_600_000)).toEqual([24, 25, 24]); // DST ends on the 26th
  });
});
