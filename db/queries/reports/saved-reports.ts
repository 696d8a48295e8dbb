import { and, count, desc, eq, getTableColumns, gt, isNull, or } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports, shareLinks, user } from "../../schema";
import type { ReportPage } from "@/lib/schemas/share";
import { normalizeReportQuery } from "@/lib/share/normalize-report-query";

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

export type NewSavedReport = { workspaceId: number; name: string; page: ReportPage; query: string; createdBy: string | null };

/** Saves a view; the query is normalised here too, so callers that skip the zod schema (the
 * CLI, tests) store the same canonical text. */
export function createSavedReport(db: Db, input: NewSavedReport, now = new Date()): SavedReport {
  return db
    .insert(savedReports)
    .values({ ...input, query: normalizeReportQuery(input.query), createdAt: now })
    .returning()
    .get();
}

/** A saved report row; it holds no secrets, so every column may leave the data layer. */
export type SavedReport = typeof savedReports.$inferSelect;

export function getSavedReport(db: Db, workspaceId: number, reportId: number): SavedReport | undefined {
  return db
    .select()
    .from(savedReports)
    .where(and(eq(savedReports.id, reportId), eq(savedReports.workspaceId, workspaceId)))
    .get();
}

/** False when the report is not in this workspace. */
export function renameSavedReport(db: Db, workspaceId: number, reportId: number, name: string): boolean {
  return (
    db
      .update(savedReports)
      .set({ name })
      .where(and(eq(savedReports.id, reportId), eq(savedReports.workspaceId, workspaceId)))
      .run().changes > 0
  );
}

/** Deletes the report and, by the foreign key's cascade, its share links (they stop working at
 * once). False when the report is not in this workspace. */
export function deleteSavedReport(db: Db, workspaceId: number, reportId: number): boolean {
  return (
    db
      .delete(savedReports)
      .where(and(eq(savedReports.id, reportId), eq(savedReports.workspaceId, workspaceId)))
      .run().changes > 0
  );
}
