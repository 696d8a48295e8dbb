import { z } from "zod";
import { getFilterOptions } from "@/db/queries/get-filter-options";
import { workspaceRoute } from "@/lib/auth/api-route";

export const GET = workspaceRoute(z.object({}), "viewer", (_q, { db, workspace }) => getFilterOptions(db, workspace.id));
