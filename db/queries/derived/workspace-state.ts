import type Database from "better-sqlite3";

/** Makes sure the workspace has its workspace_state row (db/schema/facts.ts) before a writer updates
 * it: a workspace gets one with its first change of data. */
export function ensureWorkspaceState(sqlite: Database.Database, workspaceId: number): void {
  sqlite.prepare("INSERT INTO workspace_state (workspace_id) VALUES (?) ON CONFLICT DO NOTHING").run(workspaceId);
}

/** Opens a write transaction holding the workspace's data file, and only that file: BEGIN, then a
 * first write to the data file (this row), which waits for the lock as BEGIN IMMEDIATE would. On a
 * workspace's connection (db/store.ts) BEGIN IMMEDIATE would also take the main file's lock, which
 * every workspace and sign-in setting shares, for as long as the transaction runs. */
export function beginDataWrite(sqlite: Database.Database, workspaceId: number): void {
  sqlite.exec("BEGIN");
  try {
    ensureWorkspaceState(sqlite, workspaceId);
  } catch (e) {
    sqlite.exec("ROLLBACK");
    throw e;
  }
}
