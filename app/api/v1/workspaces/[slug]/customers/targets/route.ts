import { getTargetList } from "@/db/queries/customers/get-target-list";
import { workspaceRoute } from "@/server/auth/api-route";
import { targetQuerySchema } from "@/lib/customers/schemas";

export const GET = workspaceRoute(targetQuerySchema, "viewer", (q, { db, workspace }) => getTargetList(db, workspace, q));
