import { describe, expect, it } from "vitest";
import { resolveView } from "./resolve-view";

const AMS = "Europe/Amsterdam";
const data = { first: "2024-11-01", last: "2026-10-31" };
const days = (v: ReturnType<typeof resolveView>) => [v.period.from, v.period.to, v.comparison && [v.comparison.from, v.comparison.to]];

describe("resolveView", () => {
  it("compares only with periods that hold data", () => {
    // All data against the two years before it, which hold none: no comparison.
    expect(days(resolveView({ compare: "previous" }, data, AMS, "2026-12-06"))).toEqual(["2024-11-01", "2026-10-31", null]);
    // A year earlier overlaps the data: kept.
    expect(days(resolveView({ compare: "year" }, data, AMS, "2026-12-06"))).toEqual(["2024-11-01", "2026-10-31", ["2023-11-01", "2025-10-31"]]);
    // 2 Aug to 31 Oct against the 91 days before: both in the data.
    expect(days(resolveView({ from: "2026-08-02", to: "2026-10-31", compare: "previous" }, data, AMS, "2026-12-06"))).toEqual([
      "2026-08-02",
      "2026-10-31",
      ["2026-05-03", "2026-08-01"], // 91 days each
    ]);
    // A period that starts with the data: the one before it is empty.
    expect(days(resolveView({ from: "2024-11-01", to: "2024-11-30", compare: "previous" }, data, AMS, "2026-12-06"))[2]).toBeNull();
    expect(days(resolveView({ compare: "previous" }, null, AMS, "2026-12-06"))[2]).toBeNull();
  });
});
