"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { ReportKind } from "@/lib/share/report-kinds";

/** What a dashboard view needs from where it is shown: the workspace (filters in the URL, data from
 * the API) or a share link (filters locked to the saved report, data from the link's own route). */
export type ReportView = {
  /** Shared read-only: filters cannot change and nothing links into the workspace. */
  locked: boolean;
  params: URLSearchParams;
  update(changes: Record<string, string | null>): void;
  navigate(next: URLSearchParams): void;
  source(kind: ReportKind, search: string): { url: string; key: readonly unknown[] };
  /** A link to another workspace page ("overview?segment=…"); null when shared (no way in). */
  href(path: string): string | null;
};

const ReportViewContext = createContext<ReportView | null>(null);

export function useReportView(): ReportView {
  const view = useContext(ReportViewContext);
  if (!view) throw new Error("useReportView needs a WorkspaceReportView or SharedReportView above it");
  return view;
}

export function WorkspaceReportView({ slug, children }: { slug: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const value = useMemo<ReportView>(() => {
    // Each change of the view is a history entry of its own, so Back returns to the view before it.
    const navigate = (next: URLSearchParams) => {
      const qs = next.toString();
      router.push(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    };
    return {
      locked: false,
      params: new URLSearchParams(search),
      update(changes) {
        const next = new URLSearchParams(search);
        for (const [k, v] of Object.entries(changes)) {
          if (v === null || v === "") next.delete(k);
          else next.set(k, v);
        }
        navigate(next);
      },
      navigate,
      source: (kind, s) => ({ url: `/api/v1/workspaces/${slug}/${kind}${s ? `?${s}` : ""}`, key: queryKeys.report(slug, kind, s) }),
      href: (path) => `/w/${slug}/${path}`,
    };
  }, [slug, search, router, pathname]);
  return <ReportViewContext.Provider value={value}>{children}</ReportViewContext.Provider>;
}

// The share route answers from the saved report's own filters, whatever the client sends.
const ignore = () => {};

export function SharedReportView({ token, query, children }: { token: string; query: string; children: ReactNode }) {
  const value = useMemo<ReportView>(
    () => ({
      locked: true,
      params: new URLSearchParams(query),
      update: ignore,
      navigate: ignore,
      source: (kind) => ({ url: `/share/${encodeURIComponent(token)}/data/${kind}`, key: queryKeys.sharedReport(token, kind) }),
      href: () => null,
    }),
    [token, query],
  );
  return <ReportViewContext.Provider value={value}>{children}</ReportViewContext.Provider>;
}
