import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { workspaces } from "../../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import { kpiMonthsBuilt, rebuildKpiMonths } from "../kpis/kpi-months";
import { refreshCampaignFacts } from "../campaigns/refresh-campaign-facts";

export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  db.$client.transaction(() => {
    const before = db.select({ timezone: workspaces.timezone }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
    db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
    // kpi_months follows the calendar of the workspace's time zone: a new zone, new months (only then:
    // tables not built yet, e.g. after migration 0012, are built by the next import, not by a rename).
    if (before && before.timezone !== settings.timezone && !kpiMonthsBuilt(db.$client, workspaceId)) {
      rebuildKpiMonths(db, workspaceId);
      refreshCampaignFacts(db, workspaceId); // campaign windows are local days too
    }
  })();
}
