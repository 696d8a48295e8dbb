import type { Db } from "../../client";
import { beforeAfterWindow } from "@/lib/kpi/before-after";
import type { WindowKpiSet } from "@/lib/kpi/kpis";
import { makePeriod } from "@/lib/kpi/period";
import { getWindowKpis } from "../kpis/get-kpis";
import type { ResolvedFilters } from "../kpis/kpi-filter-sql";
import type { CampaignSummary } from "./list-campaigns";

type Days = { from: string; to: string };
export type BeforeAfterArgs = [
  db: Db,
  workspace: { id: number; timezone: string },
  campaigns: CampaignSummary[],
  dataRange: { first: string; last: string } | null,
  filters: ResolvedFilters,
];
/** The KPIs within each window; the cumulative ones (LTV, repeat purchase rate) rise after any
 * campaign whatever it did, so they are not compared (lib/kpi/kpis.ts, CUMULATIVE_KPIS). */
export type BeforeAfter = { campaign: CampaignSummary; days: number; before: Days & { kpis: WindowKpiSet }; after: Days & { kpis: WindowKpiSet } };

/** Every KPI over the window before each campaign's start against the window from it (docs/kpis.md),
 * computed from the data. */
export function computeBeforeAfter(...[db, workspace, campaigns, dataRange, filters]: BeforeAfterArgs): BeforeAfter[] {
  if (!dataRange) return [];
  const kpisFor = (d: Days) => getWindowKpis(db, workspace.id, makePeriod(d.from, d.to, workspace.timezone), filters);
  return campaigns.flatMap((campaign) => {
    const w = beforeAfterWindow(campaign.startDate, dataRange);
    return w ? [{ campaign, days: w.days, before: { ...w.before, kpis: kpisFor(w.before) }, after: { ...w.after, kpis: kpisFor(w.after) } }] : [];
  });
}
