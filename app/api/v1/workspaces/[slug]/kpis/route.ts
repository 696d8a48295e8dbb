import { workspaceRoute } from "@/server/auth/api-route";
import { readCachedOffThread } from "@/server/reports/load-report-off-thread";
import { kpiQuerySchema } from "@/lib/kpi/filters";

/** The same document as `npm run cli -- kpis --json`, worked out on a report worker and kept per data
 * version, as the dashboard's views are. It has no comparison: `compare` is no part of its key. */
export const GET = workspaceRoute(kpiQuerySchema, "viewer", (q, { db, workspace }) => {
  const now = Date.now();
  return readCachedOffThread(db, workspace, "kpis", { workspace, q, now }, { ...q, compare: undefined }, now);
});
