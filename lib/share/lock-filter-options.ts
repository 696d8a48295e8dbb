import type { FilterOptions } from "@/lib/kpi/filters";

/** A shared report's filter bar only shows its own fixed filters, so it gets only their labels:
 * the link reveals no other segment value, campaign, channel or category of the workspace. */
export function lockFilterOptions(options: FilterOptions, view: URLSearchParams): FilterOptions {
  const segments = new Set(view.getAll("segment"));
  return {
    segments: options.segments.map((s) => ({ key: s.key, values: s.values.filter((v) => segments.has(`${s.key}=${v}`)) })).filter((s) => s.values.length > 0),
    channels: options.channels.filter((c) => c === view.get("channel")),
    categories: options.categories.filter((c) => c === view.get("category")),
    campaigns: options.campaigns.filter((c) => c.key === view.get("campaign")),
  };
}
