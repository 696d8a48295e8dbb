import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import type { FunnelCounts } from "@/lib/offers/shape-funnel";
import { fixtureDb } from "@/db/testing/fixture-db";
import { resetWorkspaceToDemo } from "../imports/reset-workspace-to-demo";
import { getOfferFunnels } from "./get-offer-funnel";

// A period's offer funnels are tallied in one pass over its shown offers (tally-offer-funnels.ts); the
// grouped statements stay for customers ids too spread out for it. On the demo shop (offers of several
// campaigns and placements, holdouts, accepted offers with and without a counted order), for every kind of
// dimension and three periods, both must give the same rows in the same order: counts exactly, revenue to
// the cent.
const { db, workspaceId } = fixtureDb((db) => {
  const workspaceId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  resetWorkspaceToDemo(db, workspaceId);
  return { workspaceId };
});
const AMS = "Europe/Amsterdam";
const PERIODS = [makePeriod("2024-11-01", "2026-10-31", AMS), makePeriod("2026-08-03", "2026-10-31", AMS), makePeriod("2025-12-01", "2026-02-28", AMS)];
const DIMENSIONS = ["region", "gender", "age_band", "history", "rfm", "loyalty_tier"];

function expectSame(a: FunnelCounts[], b: FunnelCounts[], label: string): void {
  const counts = (rows: FunnelCounts[]) => rows.map((r) => [r.key, r.label, r.shown, r.accepted, r.purchased, r.customers]);
  expect(counts(a), label).toEqual(counts(b));
  a.forEach((r, i) => expect(r.revenue, `${label} ${r.key} revenue`).toBeCloseTo(b[i].revenue, 4));
}

describe("offer funnels tallied in one pass", () => {
  it("are the grouped statements' for every kind of dimension and period", () => {
    let compared = 0;
    let placements = 0;
    let campaigns = 0;
    for (const period of PERIODS) {
      for (const d of DIMENSIONS) {
        const by = segmentDimensionSchema.parse(d);
        const tallied = getOfferFunnels(db, workspaceId, period, by, { source: "offers" });
        const grouped = getOfferFunnels(db, workspaceId, period, by, { source: "offers", grouping: "sql" });
        const label = `${period.from} by ${d}`;
        for (const funnel of ["campaign", "placement", "segment"] as const) expectSame(tallied[funnel], grouped[funnel], `${label} ${funnel}`);
        // Not a vacuous match: campaigns, placements (several in some period) and values, with purchases.
        expect(tallied.campaign.length, label).toBeGreaterThan(0);
        campaigns = Math.max(campaigns, tallied.campaign.length);
        expect(tallied.placement.length, label).toBeGreaterThan(0);
        placements = Math.max(placements, tallied.placement.length);
        expect(tallied.segment.length, label).toBeGreaterThan(1);
        expect(
          tallied.campaign.reduce((s, r) => s + r.purchased, 0),
          label,
        ).toBeGreaterThan(0);
        compared++;
      }
    }
    expect(compared).toBe(PERIODS.length * DIMENSIONS.length);
    expect(placements).toBeGreaterThan(1);
    expect(campaigns).toBeGreaterThan(1);
  }, 120_000);
});
