import { fitClvOffThread } from "@/server/clv/fit-clv-off-thread";
import { getTargetList } from "@/db/queries/customers/get-target-list";
import { workspaceRoute } from "@/server/auth/api-route";
import { targetQuerySchema } from "@/lib/customers/schemas";

export const GET = workspaceRoute(targetQuerySchema, "viewer", async (q, { db, workspace }) => {
  await fitClvOffThread(db, workspace, q);
  return getTargetList(db, workspace, q);
});
