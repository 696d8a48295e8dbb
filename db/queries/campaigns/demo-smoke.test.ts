import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { fixtureDb } from "@/db/testing/fixture-db";
import { resetWorkspaceToDemo } from "../imports/reset-workspace-to-demo";
import { getSegmentTable } from "../segments/get-segment-table";
import { getCampaignResults } from "./get-campaign-results";

// Smoke test on the generated demo shop: its numbers are the generator's, so only their shape and
// the effects the generator builds in (a cross-sell holdout, Dutch and Flemish provinces) are asserted.
const AMS = "Europe/Amsterdam";
const lastYear = makePeriod("2025-11-01", "2026-10-31", AMS);
const { db, workspaceId } = fixtureDb((db) => {
  const workspaceId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  resetWorkspaceToDemo(db, workspaceId);
  return { workspaceId };
});

describe("segment table on the demo", () => {
  it("has a row per province by region, adding up to the whole, with the many-segments warning", () => {
    const t = getSegmentTable(db, workspaceId, lastYear, { segment: [] }, segmentDimensionSchema.parse("region"));
    // The generator's provinces (lib/demo/customers.ts); every demo customer has one.
    expect(t.rows.map((r) => r.value).sort()).toEqual([
      "Antwerpen",
      "Flevoland",
      "Gelderland",
      "Groningen",
      "Limburg",
      "Noord-Brabant",
      "Noord-Holland",
      "Oost-Vlaanderen",
      "Overijssel",
      "Utrecht",
      "Zuid-Holland",
    ]);
    expect(t.rows.reduce((a, r) => a + r.customers, 0)).toBe(t.all.crossSellRatio.denominator);
    expect(t.rows.reduce((a, r) => a + r.kpis.aov.denominator, 0)).toBe(t.all.aov.denominator);
    expect(t.multipleComparisons).toMatchObject({ segments: 11, warn: true });
    expect(t.rows[0].value).toBe("Zuid-Holland"); // the most customers (Rotterdam, Den Haag, Leiden) come first
    expect(t.rows.every((r) => r.adjustedIntervals !== null && r.intervals.crossSellRatio !== null)).toBe(true);
  });

  it("breaks down by every kind of dimension", () => {
    for (const d of ["age_band", "rfm", "history", "loyalty_tier", "gender"]) {
      const t = getSegmentTable(db, workspaceId, lastYear, { segment: [] }, segmentDimensionSchema.parse(d));
      expect(
        t.rows.reduce((a, r) => a + r.customers, 0),
        d,
      ).toBe(t.all.crossSellRatio.denominator);
      expect(t.rows.filter((r) => !r.unknown).length, d).toBeGreaterThan(1);
    }
  });
});

describe("campaign results on the demo", () => {
  it("shows positive incremental revenue per treated customer for the cross-sell holdout test", () => {
    const results = getCampaignResults(db, workspaceId, AMS);
    expect(results.map((r) => r.key).sort()).toEqual(["CMP-BUNDLE-GIFTBOX", "CMP-DEEP-CONSUMABLES", "CMP-UPSELL-TIER", "CMP-XSELL-ACC"]);
    const xsell = results.find((r) => r.key === "CMP-XSELL-ACC")!;
    expect(xsell.offers.heldOut.users).toBeGreaterThan(0);
    const inc = xsell.incremental!;
    expect(inc.liftPerCustomer.estimate).toBeGreaterThan(0);
    expect(inc.liftPerCustomer.lower).toEqual(expect.any(Number));
    expect(inc.liftPerCustomer.upper).toBeGreaterThan(inc.liftPerCustomer.estimate);
    expect(inc.incrementalRevenue.estimate).toBeCloseTo(inc.liftPerCustomer.estimate * inc.treated.customers, 6);
    expect(inc.roi).not.toBeNull();
    // The other campaigns have no holdout; all have a cost, attributed revenue and known product costs.
    for (const r of results) {
      if (r !== xsell) expect(r.incremental, r.key).toBeNull();
      expect(r.attributed.revenue, r.key).toBeGreaterThan(0);
      expect(r.attributed.roi, r.key).not.toBeNull();
      expect(r.attributed.margin?.costCoverage, r.key).toBe(1);
    }
  });
});
