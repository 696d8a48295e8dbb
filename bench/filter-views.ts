// The views a marketer reaches through the filter bar, as bench/filter-matrix.ts times them and the
// HTTP load rotates through them: each period preset and a custom range, each comparison, no filter,
// a segment, a campaign, an order channel, a category, and every pair of those four.
import type { ReportKind } from "@/lib/share/report-kinds";

// The bench data ends on 2026-10-31 (bench/generate-csv.ts); the presets end there as the filter bar's do.
const PERIODS: Record<string, Record<string, string>> = {
  all: {},
  last30: { from: "2026-10-02", to: "2026-10-31" },
  last90: { from: "2026-08-02", to: "2026-10-31" },
  last365: { from: "2025-11-01", to: "2026-10-31" },
  custom: { from: "2026-02-11", to: "2026-05-19" },
};
const FILTERS: Record<string, Record<string, string>> = {
  segment: { segment: "region=Utrecht" },
  campaign: { campaign: "CMP-XSELL-AB" },
  channel: { channel: "web" },
  category: { category: "Category 07" },
};
const names = Object.keys(FILTERS);
const FILTER_SETS: [string, Record<string, string>][] = [
  ["none", {}],
  ...names.map((n): [string, Record<string, string>] => [n, FILTERS[n]]),
  ...names.flatMap((a, i) => names.slice(i + 1).map((b): [string, Record<string, string>] => [`${a}+${b}`, { ...FILTERS[a], ...FILTERS[b] }])),
];

export type FilterView = { page: ReportKind; label: string; query: Record<string, string> };

/** Every page's data under every filter its filter bar offers (the campaigns page has no period; the
 * offers and products pages have only a period, and the products page a level). */
export function filterViews(): FilterView[] {
  const views: FilterView[] = [];
  for (const [period, p] of Object.entries(PERIODS)) {
    for (const compare of ["previous", "year", "none"]) {
      for (const [filter, f] of FILTER_SETS)
        views.push({ page: "overview", label: `${period}, compare ${compare}, ${filter}`, query: { ...p, compare, ...f } });
    }
    for (const [filter, f] of FILTER_SETS) views.push({ page: "segments", label: `${period}, by region, ${filter}`, query: { ...p, by: "region", ...f } });
    views.push({ page: "offers", label: period, query: { ...p } });
    for (const level of ["product", "category"]) views.push({ page: "products", label: `${period}, ${level} level`, query: { ...p, level } });
  }
  for (const [filter, f] of FILTER_SETS) views.push({ page: "campaigns", label: filter, query: f });
  return views;
}

/** The overview's queries of the matrix, for the HTTP load. */
export const overviewQueries = () => filterViews().flatMap((v) => (v.page === "overview" ? [v.query] : []));
