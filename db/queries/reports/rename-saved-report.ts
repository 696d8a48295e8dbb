import { and, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports } from "../../schema";

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
