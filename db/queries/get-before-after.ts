import type { Db } from "../client";
import { beforeAfterWindow } from "@/lib/kpi/before-after";
import type { KpiFilters } from "@/lib/kpi/filters";
import type { KpiSet } from "@/lib/kpi/kpis";
import { makePeriod } from "@/lib/kpi/period";
import { getKpis } from "./get-kpis";
import type { CampaignSummary } from "./list-campaigns";
import { keptCampaignParts } from "./campaigns/get-campaign-parts";

type Days = { from: string; to: string };
type BeforeAfterArgs = [
  db: Db,
  ws: { id: number; timezone: string },
  campaigns: CampaignSummary[],
  dataRange: { first: string; last: string } | null,
  filters: KpiFilters,
];
export type BeforeAfter = { campaign: CampaignSummary; days: number; before: Days & { kpis: KpiSet }; after: Days & { kpis: KpiSet } };

/** Every KPI over the window before each campaign's start against the window from it (docs/kpis.md).
 * Without filters, kept at import with the campaigns' other results (campaign_facts) when they are
 * for this data and time zone: eight windows, ~110 ms at 1M lines, otherwise on every view. */
export function getBeforeAfter(...args: BeforeAfterArgs): BeforeAfter[] {
  const [db, ws, campaigns, , filters] = args;
  const unfiltered = filters.segment.length === 0 && !filters.campaign && !filters.channel && !filters.category;
  const kept = unfiltered ? keptCampaignParts(db, ws.id, ws.timezone)?.beforeAfter : undefined;
  if (kept) {
    // Made from every campaign for the same data: a campaign without an entry had no window.
    const byKey = new Map(kept.map((b) => [b.campaign.key, b]));
    return campaigns.flatMap((c) => byKey.get(c.key) ?? []);
  }
  return computeBeforeAfter(...args);
}

/** The same, always computed from the data. */
export function computeBeforeAfter(...[db, ws, campaigns, dataRange, filters]: BeforeAfterArgs): BeforeAfter[] {
  if (!dataRange) return [];
  const kpisFor = (d: Days) => getKpis(db, ws.id, makePeriod(d.from, d.to, ws.timezone), filters);
  return campaigns.flatMap((campaign) => {
    const w = beforeAfterWindow(campaign.startDate, dataRange);
    return w ? [{ campaign, days: w.days, before: { ...w.before, kpis: kpisFor(w.before) }, after: { ...w.after, kpis: kpisFor(w.after) } }] : [];
  });
}
