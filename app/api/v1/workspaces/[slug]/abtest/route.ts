import { getAbTest } from "@/db/queries/get-ab-test";
import { workspaceRoute } from "@/lib/auth/api-route";
import { abTestQuerySchema } from "@/lib/offers/offers-query";

export const GET = workspaceRoute(abTestQuerySchema, "viewer", (q, { db, workspace }) => getAbTest(db, workspace, q));
