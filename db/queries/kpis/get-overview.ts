import type { Db } from "../../client";
import type { KpiQuery } from "@/lib/kpi/filters";
import { kpisFromCounts, type KpiSet } from "@/lib/kpi/kpis";
import { bucketsFor, dayOf, type Granularity } from "@/lib/kpi/period";
import { resolveView } from "@/lib/kpi/resolve-view";
import { shapeSeries, wholeCounts, type SeriesPoint } from "@/lib/kpi/series";
import { getCategoryBasis, type CategoryBasis } from "./get-category-basis";
import { getDataRange } from "./get-data-range";
import { resolveFilters } from "./kpi-filter-sql";
import { getKpis } from "./get-kpis";
import { getKpiSeriesCounts } from "./get-kpi-series";
import { listCampaigns, type CampaignSummary } from "../campaigns/list-campaigns";

import type { BeforeAfter } from "../campaigns/compute-before-after";
import { getBeforeAfter } from "../campaigns/get-before-after";
import { readSnapshot } from "../../sqlite/read-snapshot";

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
  /** What cross-sell counts distinct categories of, said on the card and above it when not categories. */
  categoryBasis: CategoryBasis;
};

/** Everything the overview shows, in one call: cards, comparison, series and before/after panels, on
 * one snapshot of the data (an import committing meanwhile cannot make its parts disagree, nor file
 * what is kept between views under another data state). */
export function getOverview(db: Db, workspace: { id: number; timezone: string }, q: KpiQuery, now = Date.now()): Overview {
  return readSnapshot(db, () => overview(db, workspace, q, now));
}

function overview(db: Db, workspace: { id: number; timezone: string }, q: KpiQuery, now: number): Overview {
  const tz = workspace.timezone;
  const dataRange = getDataRange(db, workspace.id, tz);
  const view = resolveView(q, dataRange, tz, dayOf(now, tz));
  const filters = resolveFilters(db, workspace.id, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category });
  const campaigns = listCampaigns(db, workspace.id);
  const seriesCounts = getKpiSeriesCounts(db, workspace.id, bucketsFor(view.period, view.granularity, tz), filters);
  // A filtered series counts the whole period's inputs as it reads the buckets: the cards, from the
  // same rows, need not read them again.
  const whole = seriesCounts.whole?.startMs === view.period.startMs && seriesCounts.whole.endMs === view.period.endMs ? wholeCounts(seriesCounts) : null;
  const kpis = whole ? kpisFromCounts(whole) : getKpis(db, workspace.id, view.period, filters);
  // The previous period ends where the series starts: its history to that end is the series' base.
  const toEnd = seriesCounts.whole && view.comparison?.endMs === seriesCounts.whole.startMs ? seriesCounts.base : undefined;
  return {
    dataRange,
    period: { from: view.period.from, to: view.period.to },
    comparison: view.comparison
      ? { from: view.comparison.from, to: view.comparison.to, kpis: getKpis(db, workspace.id, view.comparison, filters, { toEnd }) }
      : null,
    granularity: view.granularity,
    kpis,
    series: shapeSeries(seriesCounts),
    campaigns,
    beforeAfter: getBeforeAfter(db, workspace, campaigns, dataRange, filters),
    categoryBasis: getCategoryBasis(db, workspace.id),
  };
}
