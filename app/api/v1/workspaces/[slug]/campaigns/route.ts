import { getCampaignsReport } from "@/db/queries/get-campaigns-report";
import { workspaceRoute } from "@/lib/auth/api-route";
import { kpiQuerySchema } from "@/lib/kpi/filters";

export const GET = workspaceRoute(kpiQuerySchema, "viewer", (q, { db, workspace }) =>
  getCampaignsReport(db, workspace, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category }),
);
