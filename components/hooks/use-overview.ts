"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { FilterOptions } from "@/db/queries/get-filter-options";
import type { Overview } from "@/db/queries/get-overview";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

/** `search` is the URL's query string, so the cache key is exactly the view. */
export function useOverview(slug: string, search: string) {
  return useQuery({
    queryKey: queryKeys.overview(slug, search),
    queryFn: ({ signal }) => fetchJson<Overview>(`/api/v1/workspaces/${slug}/overview${search ? `?${search}` : ""}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFilterOptions(slug: string) {
  return useQuery({
    queryKey: queryKeys.filterOptions(slug),
    queryFn: ({ signal }) => fetchJson<FilterOptions>(`/api/v1/workspaces/${slug}/filter-options`, signal),
    staleTime: 5 * 60_000,
  });
}
