"use client";

import { useQuery } from "@tanstack/react-query";
import type { WorkspaceSummary } from "@/db/queries/get-workspace-summary";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

export function useWorkspaceSummary(slug: string) {
  return useQuery({
    queryKey: queryKeys.summary(slug),
    queryFn: ({ signal }) => fetchJson<WorkspaceSummary>(`/api/v1/workspaces/${slug}/summary`, signal),
  });
}
