import { getOverview } from "@/db/queries/get-overview";
import { workspaceRoute } from "@/lib/auth/api-route";
import { kpiQuerySchema } from "@/lib/kpi/filters";

export const GET = workspaceRoute(kpiQuerySchema, "viewer", (query, { db, workspace }) => getOverview(db, workspace, query));
