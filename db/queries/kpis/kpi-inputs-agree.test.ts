import { describe, expect, it } from "vitest";
import type { KpiFilters } from "@/lib/kpi/filters";
import { KPI_IDS } from "@/lib/kpi/kpis";
import { bucketsFor, makePeriod } from "@/lib/kpi/period";
import { shapeSeries } from "@/lib/kpi/series";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { campaigns, customers, offers } from "@/db/schema";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { getSegmentTable } from "../segments/get-segment-table";
import { getWorkspaceSummary } from "../workspaces/get-workspace-summary";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { refreshDerivedData } from "../derived/refresh-derived-data";

const AMS = "Europe/Amsterdam";

// The hand-worked fixture (get-kpis.test.ts) with three holdout rows in October and channels on some orders.
const { db, workspaceId } = fixtureDb((d) => {
  const seeded = seedKpiFixture(d);
  const campaign = d.select().from(campaigns).get()!;
  const customer = (key: string) =>
    d
      .select()
      .from(customers)
      .all()
      .find((c) => c.customerKey === key)!.id;
  for (const [key, customerKey, at, variant] of [
    ["h1", "c03", "2025-10-07T09:00:00Z", "control"],
    ["h2", "c06", "2025-10-12T09:00:00Z", " Holdout"],
    ["h3", "c01", "2025-10-20T09:00:00Z", "CONTROL"],
  ]) {
    d.insert(offers)
      .values({
        workspaceId: seeded.workspaceId,
        offerKey: key,
        customerId: customer(customerKey),
        campaignId: campaign.id,
        shownAt: new Date(at),
        accepted: true,
        variant,
      })
      .run();
  }
  d.$client.exec("UPDATE orders SET channel = CASE WHEN order_key < 'o15' THEN 'web' ELSE 'app' END");
  refreshDerivedData(d, seeded.workspaceId, { customers: "all" });
  return seeded;
});

const FILTERS: KpiFilters[] = [
  { segment: [] },
  { segment: [{ key: "region", value: "N" }] },
  { segment: [], campaign: "CMP1" },
  { segment: [], channel: "web" },
  { segment: [], category: "Coffee" },
  { segment: [{ key: "region", value: "Z" }], channel: "app" },
  { segment: [], campaign: "CMP1", category: "Phones" },
  { segment: [], channel: "web", category: "Coffee" },
];

describe("one definition per KPI input", () => {
  const october = makePeriod("2025-10-01", "2025-10-31", AMS);

  it("counts the hand-worked offers with the holdout rows left out: 2 accepted of 4 shown, on the card and in the series", () => {
    const card = getKpis(db, workspaceId, october, { segment: [] });
    expect(card.offerConversion).toMatchObject({ numerator: 2, denominator: 4 }); // the fixture's c01 c02 c05 c08; not h1 h2 h3
    const points = shapeSeries(getKpiSeriesCounts(db, workspaceId, bucketsFor(october, "week", AMS), { segment: [] }));
    const sum = (k: "numerator" | "denominator") => points.reduce((s, p) => s + p.offerConversion[k], 0);
    expect([sum("numerator"), sum("denominator")]).toEqual([2, 4]);
    // The data summary's "offers shown" is the same count over all the data, the holdout rows apart.
    expect(getWorkspaceSummary(db, workspaceId, AMS)).toMatchObject({ offers: 6, controlOffers: 3 });
  });

  it("gives the card, the series where it adds up, and the segment table the same inputs under every filter", () => {
    for (const filters of FILTERS) {
      const label = JSON.stringify(filters);
      const card = getKpis(db, workspaceId, october, filters);
      // Buckets of a week: additive inputs (orders, revenue, offers shown and accepted) sum to the card's;
      // the history KPIs of the last bucket, which ends with the period, are the card's.
      const points = shapeSeries(getKpiSeriesCounts(db, workspaceId, bucketsFor(october, "week", AMS), filters));
      for (const id of ["aov", "offerConversion"] as const) {
        for (const k of ["numerator", "denominator"] as const) {
          expect(
            points.reduce((s, p) => s + p[id][k], 0),
            `${label} series ${id} ${k}`,
          ).toBeCloseTo(card[id][k], 9);
        }
      }
      for (const id of ["ltv", "repeatPurchaseRate"] as const) expect(points.at(-1)![id], `${label} series ${id}`).toEqual(card[id]);
      // The segment table: its "all" row is the card, and its rows (regions part the customers) add up to it.
      const table = getSegmentTable(db, workspaceId, october, filters, segmentDimensionSchema.parse("region"), { minSize: 1 });
      expect(table.all, label).toEqual(card);
      for (const id of KPI_IDS) {
        for (const k of ["numerator", "denominator"] as const) {
          expect(
            table.rows.reduce((s, r) => s + r.kpis[id][k], 0),
            `${label} segment rows ${id} ${k}`,
          ).toBeCloseTo(card[id][k], 9);
        }
      }
    }
  });
});
