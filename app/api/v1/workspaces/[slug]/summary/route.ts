import { z } from "zod";
import { getWorkspaceSummary } from "@/db/queries/get-workspace-summary";
import { workspaceRoute } from "@/lib/auth/api-route";

export const GET = workspaceRoute(z.object({}), "viewer", (_input, { db, workspace }) =>
  getWorkspaceSummary(db, workspace.id, workspace.timezone),
);
