import { describe, expect, it } from "vitest";
import type { KpiFilters } from "@/lib/kpi/filters";
import { KPI_IDS } from "@/lib/kpi/kpis";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { fixtureDb } from "@/db/testing/fixture-db";
import { resetWorkspaceToDemo } from "../imports/reset-workspace-to-demo";
import { getSegmentTable, type SegmentTable } from "./get-segment-table";

// Without a segment or campaign the table's rows are tallied row by row into each customer's value
// (tally-segments-by-row.ts); the grouped statement it replaces stays for a segment or campaign. On the
// demo shop (36,000 orders, offers with holdouts, a custom attribute), for every kind of dimension, each
// order filter and period source (all data: customers' totals; a period to the data's end: totals and the
// period's orders; a period that ends before it: every order to its end; every order and offer), the
// rows must be the grouped statement's: the same values, customers and every KPI's counts.
const { db, workspaceId } = fixtureDb((db) => {
  const workspaceId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  resetWorkspaceToDemo(db, workspaceId);
  return { workspaceId };
});
const AMS = "Europe/Amsterdam";
const FILTERS: KpiFilters[] = [
  { segment: [] },
  { segment: [], channel: "web" },
  { segment: [], category: "Smartphones" },
  { segment: [], channel: "app", category: "Laptops" },
];
const PERIODS = [makePeriod("2024-11-01", "2026-10-31", AMS), makePeriod("2026-08-03", "2026-10-31", AMS), makePeriod("2025-12-01", "2026-02-28", AMS)];
const DIMENSIONS = ["region", "gender", "channel", "age_band", "history", "rfm", "loyalty_tier"];

const shape = (t: SegmentTable) =>
  t.rows.map((r) => ({ value: r.value, customers: r.customers, kpis: KPI_IDS.map((id) => [r.kpis[id].numerator, r.kpis[id].denominator]) }));

function expectSameRows(tallied: SegmentTable, grouped: SegmentTable, label: string): void {
  const a = shape(tallied);
  const b = shape(grouped);
  expect(
    a.map((r) => [r.value, r.customers]),
    label,
  ).toEqual(b.map((r) => [r.value, r.customers]));
  a.forEach((r, i) =>
    r.kpis.forEach(([num, den], k) => {
      expect(den, `${label} ${r.value} ${KPI_IDS[k]} denominator`).toBe(b[i].kpis[k][1]);
      expect(num, `${label} ${r.value} ${KPI_IDS[k]} numerator`).toBeCloseTo(b[i].kpis[k][0], 4);
    }),
  );
}

describe("segment rows tallied row by row", () => {
  it("are the grouped statement's for every dimension, order filter and period source", () => {
    let compared = 0;
    for (const period of PERIODS) {
      for (const filters of FILTERS) {
        for (const d of DIMENSIONS) {
          const by = segmentDimensionSchema.parse(d);
          const label = `${period.from} ${JSON.stringify(filters)} by ${d}`;
          for (const source of [undefined, "orders"] as const) {
            const tallied = getSegmentTable(db, workspaceId, period, filters, by, { source });
            const grouped = getSegmentTable(db, workspaceId, period, filters, by, { source, grouping: "sql" });
            expectSameRows(tallied, grouped, `${label} ${source ?? ""}`);
            // Not a vacuous match: the table has rows with customers, orders and offers.
            expect(tallied.all.crossSellRatio.denominator, label).toBeGreaterThan(0);
            expect(tallied.all.offerConversion.denominator, label).toBeGreaterThan(0);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(PERIODS.length * FILTERS.length * DIMENSIONS.length * 2);
  }, 120_000);
});
