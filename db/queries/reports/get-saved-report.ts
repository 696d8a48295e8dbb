import { and, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports } from "../../schema";

/** A saved report row; it holds no secrets, so every column may leave the data layer. */
export type SavedReport = typeof savedReports.$inferSelect;

export function getSavedReport(db: Db, workspaceId: number, reportId: number): SavedReport | undefined {
  return db
    .select()
    .from(savedReports)
    .where(and(eq(savedReports.id, reportId), eq(savedReports.workspaceId, workspaceId)))
    .get();
}
