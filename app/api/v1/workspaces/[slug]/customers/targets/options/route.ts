import { z } from "zod";
import { getTargetOptions } from "@/db/queries/customers/get-target-options";
import { workspaceRoute } from "@/server/auth/api-route";

export const GET = workspaceRoute(z.object({}), "viewer", (_q, { db, workspace }) => getTargetOptions(db, workspace.id));
