import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import { workspaceRoute } from "@/server/auth/api-route";
import { kpiQuerySchema } from "@/lib/kpi/filters";

/** The same document as `npm run cli -- kpis --json`. */
export const GET = workspaceRoute(kpiQuerySchema, "viewer", (query, { db, workspace }) => getKpiReport(db, workspace, query));
