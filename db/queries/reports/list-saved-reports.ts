import { and, count, desc, eq, getTableColumns, gt, isNull, or } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports, shareLinks, user } from "../../schema";
import type { SavedReport } from "./get-saved-report";

export type SavedReportListItem = SavedReport & { createdByName: string | null; activeLinkCount: number };

/** A workspace's reports, newest first, each with how many of its share links still open
 * (not revoked, not expired at `now`). */
export function listSavedReports(db: Db, workspaceId: number, now = new Date()): SavedReportListItem[] {
  return db
    .select({ ...getTableColumns(savedReports), createdByName: user.name, activeLinkCount: count(shareLinks.id) })
    .from(savedReports)
    .leftJoin(user, eq(user.id, savedReports.createdBy))
    .leftJoin(
      shareLinks,
      and(eq(shareLinks.reportId, savedReports.id), isNull(shareLinks.revokedAt), or(isNull(shareLinks.expiresAt), gt(shareLinks.expiresAt, now))),
    )
    .where(eq(savedReports.workspaceId, workspaceId))
    .groupBy(savedReports.id)
    .orderBy(desc(savedReports.createdAt), desc(savedReports.id))
    .all();
}
