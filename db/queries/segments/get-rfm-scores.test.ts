import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { bumpDataVersion } from "../imports/bump-data-version";
import { getDataRange } from "../kpis/get-data-range";
import { getRfmGroups, getRfmScores, getRfmValues } from "./get-rfm-scores";
import { getSegmentTable, type KeptRfmCounts, type SegmentTable } from "./get-segment-table";
import { refreshRfmFacts } from "./refresh-rfm-facts";

const { db, workspaceId } = fixtureDb(seedKpiFixture);

describe("getRfmScores on the KPI fixture at the end of October 2025", () => {
  it("scores the 15 customers with a counted order as worked out by hand", () => {
    // End = 1 Nov 00:00 Amsterdam = 31 Oct 23:00 UTC. c15 only has a refunded order: not scored.
    // Recency = whole days from the last counted order (10:00 UTC unless noted) to the end.
    // n = 15, so score = 1 + ⌊(r − 1) / 3⌋: ranks 1-3 → 1, 4-6 → 2, 7-9 → 3, 10-12 → 4, 13-15 → 5.
    // R (days, oldest = rank 1): c13 86, c10 41, c03 27 | c04 23, c05 22 (08:00), c02 21 | c06 19, c07 18,
    //   c08 17 | c11 16, c12 13, c14 12 | c16 10, c01 6, c09 0 (31 Oct 22:59 UTC).
    // F (min-rank): 1 order c04 c07 c08 c10 c11 c14 → rank 1 → 1; 2 orders c02 c05 c09 c12 c13 c16
    //   → rank 7 → 3; 3 orders c03 c06 → rank 13 → 5; 4 orders c01 → rank 15 → 5.
    // M: 6 c04, 10 c14, 12 c08 | 15 c16, 25 c03, 30 c05 | 39 c06, 40 c13, 50 c07 | 75 c09, 85 c12,
    //   505 c11 | 550 c10, 560 c01, 1300 c02.
    // FM = ⌈(F + M)/2⌉, then the group from R × FM.
    const expected: [string, number, number, number, number, number, number, number, string][] = [
      // key, recency, F, M, r, f, m, fm, group
      ["c01", 6, 4, 560, 5, 5, 5, 5, "champions"],
      ["c02", 21, 2, 1300, 2, 3, 5, 4, "at_risk"],
      ["c03", 27, 3, 25, 1, 5, 2, 4, "at_risk"], // ⌈3.5⌉
      ["c04", 23, 1, 6, 2, 1, 1, 1, "hibernating"],
      ["c05", 22, 2, 30, 2, 3, 2, 3, "at_risk"], // ⌈2.5⌉
      ["c06", 19, 3, 39, 3, 5, 3, 4, "loyal_customers"],
      ["c07", 18, 1, 50, 3, 1, 3, 2, "about_to_sleep"],
      ["c08", 17, 1, 12, 3, 1, 1, 1, "about_to_sleep"],
      ["c09", 0, 2, 75, 5, 3, 4, 4, "champions"], // o22 (1 Nov local) is after the end
      ["c10", 41, 1, 550, 1, 1, 5, 3, "at_risk"],
      ["c11", 16, 1, 505, 4, 1, 4, 3, "potential_loyalists"],
      ["c12", 13, 2, 85, 4, 3, 4, 4, "loyal_customers"], // the voided o26 is no order
      ["c13", 86, 2, 40, 1, 3, 3, 3, "at_risk"],
      ["c14", 12, 1, 10, 4, 1, 1, 1, "promising"],
      ["c16", 10, 2, 15, 5, 3, 2, 3, "potential_loyalists"],
    ];
    const scores = getRfmScores(db, workspaceId, makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam"));
    expect(scores.map((s) => [s.customerKey, s.recencyDays, s.frequency, s.monetary, s.r, s.f, s.m, s.fm, s.group])).toEqual(expected);
    // Monetary adds up to the fixture's LTV numerator at that date.
    expect(scores.reduce((a, s) => a + s.monetary, 0)).toBeCloseTo(3302, 9);
  });
});

describe("RFM values after the last order come from customer_facts", () => {
  it("equal the values read from every order, to the cent and the day", () => {
    const end = makePeriod("2025-12-01", "2025-12-31", "Europe/Amsterdam").endMs;
    const totals = getRfmValues(db, workspaceId, end, "totals");
    expect(totals.ids.length).toBe(15); // as in October (c09 orders again on 1 Nov); c15 only has a refunded order
    expect(totals).toEqual(getRfmValues(db, workspaceId, end, "orders"));
    expect(getRfmValues(db, workspaceId, end)).toEqual(totals);
    // Before the last order the totals would count later orders: refused.
    const october = makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam").endMs;
    expect(() => getRfmValues(db, workspaceId, october, "totals")).toThrow(/after the period's end/);
  });
});

describe("RFM groups at the end of the default view are kept in rfm_facts", () => {
  const newDb = tempDbPerTest();
  const rfm = segmentDimensionSchema.parse("rfm");
  /** The KPI fixture with its RFM facts kept, and the default view's period (all the data). */
  function kept() {
    const { db } = newDb();
    const w = seedKpiFixture(db).workspaceId;
    refreshRfmFacts(db, w);
    const range = getDataRange(db, w, "Europe/Amsterdam")!;
    return { db, w, range, all: makePeriod(range.first, range.last, "Europe/Amsterdam") };
  }

  it("equal the groups scored from the data, and serve only that data version and period end", () => {
    const { db, w, all: end } = kept();
    const groups = getRfmGroups(db, w, end, { source: "kept" });
    const scored = getRfmGroups(db, w, end, { source: "scored" });
    expect(groups.ids.length).toBe(15);
    expect([Array.from(groups.ids), Array.from(groups.codes)]).toEqual([Array.from(scored.ids), Array.from(scored.codes)]);
    // The segments table by RFM counts with them (source "totals": counted, not the kept table): a changed code shows.
    const before = getSegmentTable(db, w, end, { segment: [] }, rfm);
    db.$client.exec("UPDATE rfm_facts SET codes = zeroblob(length(codes))"); // everyone "champions"
    expect(getSegmentTable(db, w, end, { segment: [] }, rfm, { source: "totals" }).rows.map((r) => [r.value, r.customers])).toEqual([["champions", 15]]);
    expect(before.rows.length).toBeGreaterThan(3);
    // Another period end, or data changed since: scored again.
    const october = makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam");
    expect(() => getRfmGroups(db, w, october, { source: "kept" })).toThrow(/no kept groups/);
    expect(getRfmGroups(db, w, october).ids.length).toBe(15);
    bumpDataVersion(db, w);
    expect(() => getRfmGroups(db, w, end, { source: "kept" })).toThrow(/no kept groups/);
    expect(getSegmentTable(db, w, end, { segment: [] }, rfm)).toEqual(before);
  });

  it("with the view's unfiltered RFM table, read only for that period and without filters", () => {
    const { db, w, range, all } = kept();
    const counted = getSegmentTable(db, w, all, { segment: [] }, rfm, { source: "totals" });
    const table = getSegmentTable(db, w, all, { segment: [] }, rfm);
    expect(table).toEqual(counted);
    expect(table.rows.length).toBeGreaterThan(3);
    // What the default view shows comes from the kept counts: a change to them shows.
    const stored = JSON.parse(db.$client.prepare("SELECT counts FROM rfm_facts").pluck().get() as string) as KeptRfmCounts;
    stored.counts[0].active += 100;
    db.$client.prepare("UPDATE rfm_facts SET counts = ?").run(JSON.stringify(stored));
    const total = (x: SegmentTable) => x.rows.reduce((a, r) => a + r.kpis.crossSellRatio.denominator, 0);
    expect(total(getSegmentTable(db, w, all, { segment: [] }, rfm))).toBe(total(counted) + 100);
    // Not for a filtered view, another start with the same end, or changed data.
    const web = { segment: [], channel: "web" };
    expect(getSegmentTable(db, w, all, web, rfm)).toEqual(getSegmentTable(db, w, all, web, rfm, { source: "orders" }));
    const later = makePeriod("2025-03-01", range.last, "Europe/Amsterdam");
    expect(later.endMs).toBe(all.endMs);
    expect(getSegmentTable(db, w, later, { segment: [] }, rfm)).toEqual(getSegmentTable(db, w, later, { segment: [] }, rfm, { source: "orders" }));
    bumpDataVersion(db, w);
    expect(getSegmentTable(db, w, all, { segment: [] }, rfm)).toEqual(counted);
  });
});
