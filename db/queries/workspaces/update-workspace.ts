import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { workspaces } from "../../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import { refreshDerivedData } from "../derived/refresh-derived-data";

export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  // IMMEDIATE: the write lock first. A transaction that has read before it writes is refused at once
  // while another connection writes (SQLite's busy handler cannot wait there): the job worker running
  // a time-zone change must wait for a running import instead.
  db.$client
    .transaction(() => {
      const before = db.select({ timezone: workspaces.timezone }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
      db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
      // kpi_months and campaign windows follow the calendar of the workspace's time zone.
      if (before && before.timezone !== settings.timezone) refreshDerivedData(db, workspaceId, { timezone: true });
    })
    .immediate();
}
