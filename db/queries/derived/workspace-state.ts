import type Database from "better-sqlite3";

/** Makes sure the workspace has its workspace_state row (db/schema/facts.ts) before a writer updates
 * it: a workspace gets one with its first change of data. */
export function ensureWorkspaceState(sqlite: Database.Database, workspaceId: number): void {
  sqlite.prepare("INSERT INTO workspace_state (workspace_id) VALUES (?) ON CONFLICT DO NOTHING").run(workspaceId);
}
