import { sql } from "drizzle-orm";
import type { Db } from "../../client";

/** Marks the workspace's data as changed, inside the caller's transaction: report data cached for an
 * older version is no longer served (db/queries/reports/load-report.ts). */
export function bumpDataVersion(db: Db, workspaceId: number): void {
  db.run(sql`UPDATE workspaces SET data_version = data_version + 1 WHERE id = ${workspaceId}`);
}
