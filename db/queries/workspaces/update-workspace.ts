import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { workspaces } from "../../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import { refreshDerivedData } from "../derived/refresh-derived-data";
import { ensureWorkspaceState } from "../derived/workspace-state";

export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  const before = db.select({ timezone: workspaces.timezone }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  // The write locks first, data file then main file, each by a first write (db/store.ts): a transaction
  // that has read a file before it writes it is refused at once while another connection writes there
  // (SQLite's busy handler cannot wait then), and the job worker running a time-zone change must wait
  // for a running import instead.
  db.$client.transaction(() => {
    ensureWorkspaceState(db.$client, workspaceId);
    db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
    // kpi_months and campaign windows follow the calendar of the workspace's time zone.
    if (before && before.timezone !== settings.timezone) refreshDerivedData(db, workspaceId, { timezone: true });
  })();
}
