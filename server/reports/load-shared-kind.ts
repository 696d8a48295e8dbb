import "server-only";
import type { Db } from "@/db/client";
import { sharedReportOutput, sharedReportQuery } from "@/db/queries/reports/load-report";
import type { ResolvedShare } from "@/db/queries/reports/resolve-share-token";
import type { ReportKind } from "@/lib/share/report-kinds";
import { loadReportOffThread } from "./load-report-off-thread";

export type OpenedShare = Extract<ResolvedShare, { ok: true }>;

/** A share link's data of one kind, as its data route answers it and its page first shows it: the
 * snapshot's when the link froze one (undefined when the snapshot holds none), else the saved view's,
 * live and without customer-level rows. */
export async function loadSharedKind(db: Db, share: OpenedShare, kind: ReportKind): Promise<unknown> {
  if (share.link.mode === "snapshot") return (share.link.snapshot as Record<string, unknown> | null)?.[kind];
  const view = new URLSearchParams(share.report.query);
  return sharedReportOutput(kind, await loadReportOffThread(db, share.workspace, kind, sharedReportQuery(db, share.workspace, kind, view)), view);
}
