import type { Db } from "../../client";
import { ensureWorkspaceState } from "../derived/workspace-state";

/** Marks the workspace's data as changed, inside the caller's transaction: report data cached for an
 * older version is no longer served (db/queries/reports/load-report.ts). */
export function bumpDataVersion(db: Db, workspaceId: number): void {
  ensureWorkspaceState(db.$client, workspaceId);
  db.$client.prepare("UPDATE workspace_state SET data_version = data_version + 1 WHERE workspace_id = ?").run(workspaceId);
}
