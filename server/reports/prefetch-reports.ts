import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { getDb } from "@/db";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import { sharedReportOutput, sharedReportQuery } from "@/db/queries/reports/load-report";
import type { ReportPage } from "@/lib/schemas/share";
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
 * Each answer goes through JSON as the data route sends it, so the browser holds the same shape either
 * way. Input the route would refuse is left to the page, which asks and shows the refusal.
 */
export async function prefetchReports(workspace: Workspace, slug: string, wants: { kind: ReportKind; search: string }[]): Promise<DehydratedState> {
  const db = getDb();
  const client = new QueryClient();
  await Promise.all(
    wants.map(async ({ kind, search }) => {
      const parsed = REPORT_SOURCES[kind].schema.safeParse(searchParamsToObject(new URLSearchParams(search)));
      if (!parsed.success) return;
      try {
        const data = await loadReportOffThread(db, workspace, kind, parsed.data);
        client.setQueryData(queryKeys.report(slug, kind, search), JSON.parse(JSON.stringify(data)));
      } catch {
        // The page asks the route itself and shows what it answers.
      }
    }),
  );
  return dehydrate(client);
}

/** prefetchReports for a share link's page: every kind the page reads, as the link's data route answers
 * it (the saved view's filters, the snapshot when the link froze one). */
export async function prefetchSharedReport(share: {
  token: string;
  workspace: Workspace;
  page: ReportPage;
  query: string;
  snapshot: Record<string, unknown> | null;
}): Promise<DehydratedState> {
  const db = getDb();
  const client = new QueryClient();
  const view = new URLSearchParams(share.query);
  await Promise.all(
    REPORT_KINDS[share.page].map(async (kind) => {
      try {
        const data = share.snapshot
          ? share.snapshot[kind]
          : sharedReportOutput(kind, await loadReportOffThread(db, share.workspace, kind, sharedReportQuery(db, share.workspace, kind, view)), view);
        if (data !== undefined) client.setQueryData(queryKeys.sharedReport(share.token, kind), JSON.parse(JSON.stringify(data)));
      } catch {
        // The page asks the link's data route itself and shows what it answers.
      }
    }),
  );
  return dehydrate(client);
}
