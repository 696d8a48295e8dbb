"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import type { ReportKind } from "@/lib/share/report-kinds";
import { useReportView } from "./report-view";

/** One kind of a dashboard view's data, from wherever the view is shown (workspace or share link). */
export function useReportData<T>(kind: ReportKind, search = "", opts: { enabled?: boolean; staleTime?: number } = {}) {
  const { url, key } = useReportView().source(kind, search);
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchJson<T>(url, signal),
    placeholderData: keepPreviousData,
    enabled: opts.enabled,
    // An explicit `staleTime: undefined` would override the client's default with 0: the data the server
    // rendered would count as stale at once, show as refreshing and be fetched again after hydration.
    ...(opts.staleTime !== undefined && { staleTime: opts.staleTime }),
  });
}
