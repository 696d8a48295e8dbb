import { eq } from "drizzle-orm";
import { writeMainFile, type Db } from "../../client";
import { workspaces } from "../../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import { refreshDerivedData } from "../derived/refresh-derived-data";
import { ensureWorkspaceState } from "../derived/workspace-state";

/** New settings for the workspace. Its row is in the main file (db/store.ts): a new name, currency or
 * language is that one write. A new time zone also moves the kept figures to its calendar, which is a
 * long write to the workspace's data: it waits for a running import into the workspace (the data
 * file's lock first), and the main file is written on its own meanwhile, never held while the figures
 * move. Until they have, views compute from the data (kept figures say which time zone they are for). */
export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  const before = db.select({ timezone: workspaces.timezone }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  const write = (main: Db) => main.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
  if (!before || before.timezone === settings.timezone) return void write(db);
  // The lock by a first write: a transaction that has read a file before it writes there is refused at
  // once while another connection writes (SQLite's busy handler cannot wait then).
  db.$client.transaction(() => {
    ensureWorkspaceState(db.$client, workspaceId);
    writeMainFile(db, write);
    refreshDerivedData(db, workspaceId, { timezone: true });
  })();
}
