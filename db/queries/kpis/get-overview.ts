import type { Db } from "../../client";
import type { KpiQuery } from "@/lib/kpi/filters";
import type { KpiSet } from "@/lib/kpi/kpis";
import { bucketsFor, dayOf, type Granularity } from "@/lib/kpi/period";
import { resolveView } from "@/lib/kpi/resolve-view";
import { shapeSeries, type SeriesPoint } from "@/lib/kpi/series";
import { getDataRange } from "./get-data-range";
import { resolveCustomerSet } from "./kpi-filter-sql";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { listCampaigns, type CampaignSummary } from "../campaigns/list-campaigns";

import type { BeforeAfter } from "../campaigns/compute-before-after";
import { getBeforeAfter } from "../campaigns/get-before-after";

type Days = { from: string; to: string };
export type { BeforeAfter };
export type Overview = {
  dataRange: { first: string; last: string } | null;
  period: Days;
  comparison: (Days & { kpis: KpiSet }) | null;
  granularity: Granularity;
  kpis: KpiSet;
  series: SeriesPoint[];
  campaigns: CampaignSummary[];
  beforeAfter: BeforeAfter[];
};

/** Everything the overview shows, in one call: cards, comparison, series and before/after panels. */
export function getOverview(db: Db, ws: { id: number; timezone: string }, q: KpiQuery, now = Date.now()): Overview {
  const tz = ws.timezone;
  const dataRange = getDataRange(db, ws.id, tz);
  const view = resolveView(q, dataRange, tz, dayOf(now, tz));
  const filters = resolveCustomerSet(db, ws.id, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category });
  const campaigns = listCampaigns(db, ws.id);
  return {
    dataRange,
    period: { from: view.period.from, to: view.period.to },
    comparison: view.comparison ? { from: view.comparison.from, to: view.comparison.to, kpis: getKpis(db, ws.id, view.comparison, filters) } : null,
    granularity: view.granularity,
    kpis: getKpis(db, ws.id, view.period, filters),
    series: shapeSeries(getKpiSeriesCounts(db, ws.id, bucketsFor(view.period, view.granularity, tz), filters)),
    campaigns,
    beforeAfter: getBeforeAfter(db, ws, campaigns, dataRange, filters),
  };
}
