import { windowKpis, type WindowKpiSet } from "@/lib/kpi/kpis";
import { keptCampaignParts } from "./get-campaign-parts";
import { computeBeforeAfter, type BeforeAfter, type BeforeAfterArgs } from "./compute-before-after";

/** Every KPI before and after each campaign's start (computeBeforeAfter). Without filters, kept at
 * import with the campaigns' other results (campaign_facts) when they are for this data and time
 * zone, otherwise computed on every view. */
export function getBeforeAfter(...args: BeforeAfterArgs): BeforeAfter[] {
  const [db, workspace, campaigns, , filters] = args;
  const unfiltered = filters.segment.length === 0 && !filters.campaign && !filters.channel && !filters.category;
  const kept = unfiltered ? keptCampaignParts(db, workspace.id, workspace.timezone)?.beforeAfter : undefined;
  if (kept) {
    // Made from every campaign for the same data: a campaign without an entry had no window.
    // Kept before the windows left the cumulative KPIs out, they may still carry them.
    const byKey = new Map(kept.map((b) => [b.campaign.key, { ...b, before: windowOnly(b.before), after: windowOnly(b.after) }]));
    return campaigns.flatMap((c) => byKey.get(c.key) ?? []);
  }
  return computeBeforeAfter(...args);
}

function windowOnly<W extends { kpis: WindowKpiSet }>(w: W): W {
  return { ...w, kpis: windowKpis(w.kpis) };
}
