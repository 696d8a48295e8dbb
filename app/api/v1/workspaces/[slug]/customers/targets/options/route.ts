import { z } from "zod";
import { workspaceRoute } from "@/server/auth/api-route";
import { readCachedOffThread } from "@/server/reports/load-report-off-thread";

// Every product's buyers and re-buyers, read from all order lines: seconds at a million lines, so on a
// report worker, and kept per data version.
export const GET = workspaceRoute(z.object({}), "viewer", (_q, { db, workspace }) =>
  readCachedOffThread(db, workspace, "target-options", { workspaceId: workspace.id }, {}),
);
