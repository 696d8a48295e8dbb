import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { workspaces } from "../../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import { refreshDerivedData } from "../derived/refresh-derived-data";

export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  db.$client.transaction(() => {
    const before = db.select({ timezone: workspaces.timezone }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
    db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
    // kpi_months and campaign windows follow the calendar of the workspace's time zone.
    if (before && before.timezone !== settings.timezone) refreshDerivedData(db, workspaceId, { timezone: true });
  })();
}
