import { and, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports } from "../../schema";

/** Deletes the report and, by the foreign key's cascade, its share links (they stop working at
 * once). False when the report is not in this workspace. */
export function deleteSavedReport(db: Db, workspaceId: number, reportId: number): boolean {
  return db.delete(savedReports).where(and(eq(savedReports.id, reportId), eq(savedReports.workspaceId, workspaceId))).run().changes > 0;
}
