import { workspaceRoute } from "@/server/auth/api-route";
import { readOffThread } from "@/server/reports/load-report-off-thread";
import { targetQuerySchema } from "@/lib/customers/schemas";

// On the report worker: its CLV fit is the one the predicted-value view already made or will reuse.
export const GET = workspaceRoute(targetQuerySchema, "viewer", (q, { db, workspace }) => readOffThread(db, "targets", { workspace, q }));
