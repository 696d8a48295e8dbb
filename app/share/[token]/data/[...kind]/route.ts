import type { NextRequest, NextResponse } from "next/server";
import { loadSharedKind } from "@/server/reports/load-shared-kind";
import { jsonError, jsonResult } from "@/server/auth/api-route";
import { run } from "@/server/auth/workspace-action";
import { isReportKindOf } from "@/lib/share/report-kinds";
import { openShare } from "@/server/share/open-share";

/** A shared report's data of one kind: only the kinds its page reads, always with the saved view's
 * filters (whatever the request's query string says), from the snapshot when the link froze one. */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ token: string; kind: string[] }> }): Promise<NextResponse> {
  const { token } = await params;
  const kind = (await params).kind.join("/"); // "customers/predicted"
  const opened = await openShare(token);
  if (opened.state === "dead") {
    return opened.reason === "unknown" ? jsonError("not_found", "This link does not exist.") : jsonError("gone", `This link has ${opened.reason === "expired" ? "expired" : "been revoked"}.`);
  }
  if (opened.state === "locked") return jsonError("unauthorized", "This report is protected by a password.");
  const { share, db } = opened;
  if (!isReportKindOf(share.report.page, kind)) return jsonError("not_found", "This link does not show that.");
  const answer = await run(() => loadSharedKind(db, share, kind));
  if (answer.ok && answer.data === undefined) return jsonError("not_found", "This snapshot does not hold that.");
  return jsonResult(answer);
}
