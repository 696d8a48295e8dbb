import { windowKpis, type WindowKpiSet } from "@/lib/kpi/kpis";
import { keptCampaignParts } from "./get-campaign-parts";
import { computeBeforeAfter, type BeforeAfter, type BeforeAfterArgs } from "./compute-before-after";
import { connectionMemo } from "../../sqlite/connection-memo";

// Filtered windows, per connection and data state.
const keptWindows = connectionMemo<BeforeAfter[]>(64);

/** Every KPI before and after each campaign's start (computeBeforeAfter). Without filters, kept at
 * import with the campaigns' other results (campaign_facts) when they are for this data and time
 * zone. Under a filter the windows do not depend on the view's period: computed once per resolved
 * filter and data state, then given to every period, comparison and page (overview, campaigns) asked under it. */
export function getBeforeAfter(...args: BeforeAfterArgs): BeforeAfter[] {
  const [db, workspace, campaigns, dataRange, filters] = args;
  const unfiltered = filters.segment.length === 0 && !filters.campaign && !filters.channel && !filters.category;
  const kept = unfiltered ? keptCampaignParts(db, workspace.id, workspace.timezone)?.beforeAfter : undefined;
  if (kept) {
    // Made from every campaign for the same data: a campaign without an entry had no window.
    // Kept before the windows left the cumulative KPIs out, they may still carry them.
    const byKey = new Map(kept.map((b) => [b.campaign.key, { ...b, before: windowOnly(b.before), after: windowOnly(b.after) }]));
    return campaigns.flatMap((c) => byKey.get(c.key) ?? []);
  }
  // Kept under the data state the view's filters were resolved for (resolveFilters): windows read
  // from its tables are filed under the state they hold, whatever was committed since.
  const dataKey = filters.dataKey;
  if (unfiltered || dataKey === undefined) return computeBeforeAfter(...args);
  const { segment, campaign, channel, category } = filters;
  const key = JSON.stringify([dataKey, workspace.timezone, campaigns, dataRange, segment, campaign, channel, category]);
  return keptWindows(db.$client, key, () => computeBeforeAfter(...args));
}

function windowOnly<W extends { kpis: WindowKpiSet }>(w: W): W {
  return { ...w, kpis: windowKpis(w.kpis) };
}
