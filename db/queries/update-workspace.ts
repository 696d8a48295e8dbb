import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import { kpiMonthsBuilt, rebuildKpiMonths } from "./kpi-months";
import { refreshCampaignFacts } from "./campaigns/refresh-campaign-facts";

export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  db.$client.transaction(() => {
    db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
    // kpi_months follows the calendar of the workspace's time zone: a new zone, new months.
    if (!kpiMonthsBuilt(db.$client, workspaceId)) {
      rebuildKpiMonths(db, workspaceId);
      refreshCampaignFacts(db, workspaceId); // campaign windows are local days too
    }
  })();
}
