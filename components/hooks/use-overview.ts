"use client";

import { useReportData } from "@/components/report-view/use-report-data";
import type { FilterOptions } from "@/lib/kpi/filters";
import type { Overview } from "@/db/queries/kpis/get-overview";

/** `search` is the view's query string, so the cache key is exactly the view. */
export function useOverview(search: string) {
  return useReportData<Overview>("overview", search);
}

export function useFilterOptions() {
  return useReportData<FilterOptions>("filter-options", "", { staleTime: 5 * 60_000 });
}
