import { describe, expect, it } from "vitest";
import type { KpiFilters } from "@/lib/kpi/filters";
import { KPI_IDS, type KpiSet } from "@/lib/kpi/kpis";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { fixtureDb } from "@/db/testing/fixture-db";
import { resetWorkspaceToDemo } from "../imports/reset-workspace-to-demo";
import { getKpis } from "../kpis/get-kpis";
import { getOverview } from "../kpis/get-overview";
import { hasGuestOrders } from "../kpis/customer-revenue-sql";
import { getSegmentTable } from "./get-segment-table";

// The segment table's "all" row is the sum of its rows (each customer is in one), not a second read of
// the orders. On the demo shop (36,000 orders with cents, offers, holdouts), under each filter the bar
// offers and pairs of them, over all the data and a partial period, for every kind of dimension, it
// must be getKpis's answer (computed independently, as the KPI report counts): counts exactly, revenue to
// the cent. The overview's cards under a filter come from its series' reads, and must be the same.
const { db, workspaceId } = fixtureDb((db) => {
  const workspaceId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  resetWorkspaceToDemo(db, workspaceId);
  return { workspaceId };
});
const AMS = "Europe/Amsterdam";

const FILTERS: KpiFilters[] = [
  { segment: [] },
  { segment: [{ key: "region", value: "Utrecht" }] },
  { segment: [], campaign: "CMP-XSELL-ACC" },
  { segment: [], channel: "web" },
  { segment: [], category: "Smartphones" },
  { segment: [{ key: "gender", value: "female" }], channel: "web" },
  { segment: [], campaign: "CMP-UPSELL-TIER", category: "Laptops" },
];

describe("the segment table's all row on the demo", () => {
  it("equals the overview's card for every dimension, filter and period", () => {
    // No guest orders: the row is the rows' sum, not getKpis compared with itself.
    expect(hasGuestOrders(db, workspaceId)).toBe(false);
    let compared = 0;
    for (const period of [makePeriod("2024-11-01", "2026-10-31", AMS), makePeriod("2026-08-03", "2026-10-31", AMS)]) {
      for (const filters of FILTERS) {
        const card = getKpis(db, workspaceId, period, filters);
        for (const d of ["region", "rfm", "history", "age_band", "channel", "gender"]) {
          const { all } = getSegmentTable(db, workspaceId, period, filters, segmentDimensionSchema.parse(d));
          const label = `${period.from} ${JSON.stringify(filters)} by ${d}`;
          for (const id of KPI_IDS) {
            expect(all[id].denominator, `${label} ${id} denominator`).toBe(card[id].denominator);
            expect(all[id].numerator, `${label} ${id} numerator`).toBeCloseTo(card[id].numerator, 4);
          }
          compared++;
        }
        // Not a vacuous match: the view has customers, orders and offers.
        expect(card.crossSellRatio.denominator).toBeGreaterThan(0);
      }
    }
    expect(compared).toBe(2 * FILTERS.length * 6);
  }, 120_000);

  it("gives the overview's cards and the previous period's as getKpis does under every filter, from the series' reads", () => {
    const now = Date.parse("2026-11-15T12:00:00Z");
    for (const [from, to] of [
      ["2024-11-01", "2026-10-31"],
      ["2026-08-03", "2026-10-31"],
    ]) {
      for (const f of [...FILTERS, { segment: [{ key: "region", value: "Utrecht" }], channel: "web", category: "Smartphones" }]) {
        const q = { from, to, compare: "previous" as const, segment: f.segment, campaign: f.campaign, channel: f.channel, category: f.category };
        const o = getOverview(db, { id: workspaceId, timezone: AMS }, q, now);
        const label = `${from} ${JSON.stringify(f)}`;
        // The previous period's history to its end is the series' history to its start.
        const pairs: [KpiSet, KpiSet, string][] = [[o.kpis, getKpis(db, workspaceId, makePeriod(from, to, AMS), f), label]];
        if (o.comparison) {
          const before = makePeriod(o.comparison.from, o.comparison.to, AMS);
          pairs.push([o.comparison.kpis, getKpis(db, workspaceId, before, f), `${label} previous`]);
        }
        for (const [cards, alone, l] of pairs) {
          for (const id of KPI_IDS) {
            expect(cards[id].denominator, `${l} ${id} denominator`).toBe(alone[id].denominator);
            expect(cards[id].numerator, `${l} ${id} numerator`).toBeCloseTo(alone[id].numerator, 4);
          }
          expect(alone.ltv.denominator, l).toBeGreaterThan(0);
        }
        expect(pairs.length, label).toBe(from === "2026-08-03" ? 2 : 1);
      }
    }
  }, 120_000);
});
