import { describe, expect, it } from "vitest";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { bucketsFor, makePeriod } from "@/lib/kpi/period";
import { shapeSeries } from "@/lib/kpi/series";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { getOverview } from "./get-overview";
import { getBeforeAfter } from "../campaigns/get-before-after";
import { getCampaignsReport } from "../campaigns/get-campaigns-report";
import { getDataRange } from "./get-data-range";
import { listCampaigns } from "../campaigns/list-campaigns";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const AMS = "Europe/Amsterdam";
const NOW = Date.parse("2025-11-15T12:00:00Z");

describe("getOverview under a segment or campaign filter (its customers resolved once per call)", () => {
  it("gives the cards, comparison and series each query gives alone, one filter after another", () => {
    // Region N, then Z, then a campaign, then none: a set left over from the previous call would show.
    for (const query of [{ segment: "region=N" }, { segment: "region=z" }, { campaign: "CMP1" }, {}, { segment: "region=N" }]) {
      const q = kpiQuerySchema.parse({ from: "2025-10-01", to: "2025-10-31", ...query });
      const filters = { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category };
      const o = getOverview(db, { id: workspaceId, timezone: AMS }, q, NOW);
      const october = makePeriod("2025-10-01", "2025-10-31", AMS);
      expect(o.kpis, JSON.stringify(query)).toEqual(getKpis(db, workspaceId, october, filters));
      expect(o.comparison?.kpis).toEqual(getKpis(db, workspaceId, makePeriod(o.comparison!.from, o.comparison!.to, AMS), filters));
      expect(o.series).toEqual(shapeSeries(getKpiSeriesCounts(db, workspaceId, bucketsFor(october, o.granularity, AMS), filters)));
    }
    // The filters really differ: region N and Z split the period's active customers.
    const active = (segment: string) =>
      getOverview(db, { id: workspaceId, timezone: AMS }, kpiQuerySchema.parse({ from: "2025-10-01", to: "2025-10-31", segment }), NOW).kpis.crossSellRatio
        .denominator;
    const all = getOverview(db, { id: workspaceId, timezone: AMS }, kpiQuerySchema.parse({ from: "2025-10-01", to: "2025-10-31" }), NOW).kpis.crossSellRatio
      .denominator;
    expect(active("region=N") + active("region=Z")).toBe(all);
    expect(active("region=N")).toBeGreaterThan(0);
    expect(active("region=Z")).toBeGreaterThan(0);
  });

  it("gives the campaigns page's before/after panels the queries give alone", () => {
    const w = { id: workspaceId, timezone: AMS };
    for (const segment of [[{ key: "region", value: "Z" }], [{ key: "region", value: "N" }], []]) {
      const filters = { segment, campaign: undefined, channel: undefined, category: undefined };
      const alone = getBeforeAfter(db, w, listCampaigns(db, workspaceId), getDataRange(db, workspaceId, AMS), filters);
      expect(alone.length).toBeGreaterThan(0);
      expect(getCampaignsReport(db, w, filters).beforeAfter).toEqual(alone);
    }
  });
});
