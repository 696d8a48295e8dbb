import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { getWorkspaceDb } from "@/db";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import type { ReportPage } from "@/lib/schemas/share";
import { loadSharedKind, type OpenedShare } from "./load-shared-kind";
import type { Workspace } from "@/db/queries/workspaces/workspaces";
import { queryKeys } from "@/lib/query-keys";
import { searchParamsToObject } from "@/lib/search-params";
import { REPORT_KINDS, type ReportKind } from "@/lib/share/report-kinds";
import { PREFETCHED_KINDS, reportSearch } from "@/lib/share/report-search";
import { loadReportOffThread } from "./load-report-off-thread";

type PageSearchParams = Record<string, string | string[] | undefined>;

/** A page's search params as the browser's URLSearchParams would write them (the client's query keys). */
export function searchOf(searchParams: PageSearchParams): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) for (const v of [value ?? []].flat()) out.append(key, v);
  return out.toString();
}

/** prefetchReports for a workspace page: the kinds it shows first, each with the query string the page
 * will ask it with (lib/share/report-search.ts). */
export function prefetchPage(workspace: Workspace, slug: string, page: ReportPage, searchParams: PageSearchParams): Promise<DehydratedState> {
  const params = new URLSearchParams(searchOf(searchParams));
  return prefetchReports(
    workspace,
    slug,
    PREFETCHED_KINDS[page].map((kind) => ({ kind, search: reportSearch(kind, params) })),
  );
}

/**
 * A page's first data, loaded while the server renders it and handed to TanStack Query in the browser
 * (HydrationBoundary), so the page arrives with its numbers instead of fetching them after hydration.
 * Input the route would refuse is left to the page, which asks and shows the refusal.
 */
export function prefetchReports(workspace: Workspace, slug: string, wants: { kind: ReportKind; search: string }[]): Promise<DehydratedState> {
  const db = getWorkspaceDb(workspace.id);
  return dehydrated(
    wants.map(({ kind, search }) => ({
      key: queryKeys.report(slug, kind, search),
      load: async () => {
        const parsed = REPORT_SOURCES[kind].schema.safeParse(searchParamsToObject(new URLSearchParams(search)));
        return parsed.success ? loadReportOffThread(db, workspace, kind, parsed.data) : undefined;
      },
    })),
  );
}

/** prefetchReports for a share link's page: every kind the page reads, as the link's data route answers it. */
export function prefetchSharedReport(token: string, share: OpenedShare): Promise<DehydratedState> {
  const db = getWorkspaceDb(share.workspace.id);
  return dehydrated(REPORT_KINDS[share.report.page].map((kind) => ({ key: queryKeys.sharedReport(token, kind), load: () => loadSharedKind(db, share, kind) })));
}

/** The answers `loads` give, under their query keys, as TanStack Query state to hydrate. Each answer goes
 * through JSON as a data route sends it, so the browser holds the same shape either way; one that fails
 * or gives nothing is left for the page to ask for, and show what it is told. */
async function dehydrated(loads: { key: readonly unknown[]; load: () => Promise<unknown> }[]): Promise<DehydratedState> {
  const client = new QueryClient();
  await Promise.all(
    loads.map(async ({ key, load }) => {
      try {
        const data = await load();
        if (data !== undefined) client.setQueryData(key, JSON.parse(JSON.stringify(data)));
      } catch {
        // The page asks the route itself.
      }
    }),
  );
  return dehydrate(client);
}
