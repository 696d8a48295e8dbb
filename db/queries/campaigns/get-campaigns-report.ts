import type { Db } from "../../client";
import type { KpiFilters } from "@/lib/kpi/filters";
import type { BeforeAfter } from "./compute-before-after";
import { getBeforeAfter } from "./get-before-after";
import { getCampaignResults, type CampaignResult } from "./get-campaign-results";
import { getDataRange } from "../kpis/get-data-range";
import { listCampaigns } from "./list-campaigns";
import { resolveFilters } from "../kpis/kpi-filter-sql";
import { readSnapshot } from "../../sqlite/read-snapshot";

export type CampaignsReport = { campaigns: CampaignResult[]; beforeAfter: BeforeAfter[] };

/** The campaigns page: results per campaign (attributed and incremental apart) and before/after, on one
 * snapshot of the data. */
export function getCampaignsReport(db: Db, workspace: { id: number; timezone: string }, filters: KpiFilters): CampaignsReport {
  return readSnapshot(db, () => ({
    campaigns: getCampaignResults(db, workspace.id, workspace.timezone),
    // Eight windows of three statements each under one filter: its customers resolved once.
    beforeAfter: getBeforeAfter(
      db,
      workspace,
      listCampaigns(db, workspace.id),
      getDataRange(db, workspace.id, workspace.timezone),
      resolveFilters(db, workspace.id, filters),
    ),
  }));
}
