import { getOffersReport } from "@/db/queries/get-offers-report";
import { workspaceRoute } from "@/lib/auth/api-route";
import { offersQuerySchema } from "@/lib/offers/offers-query";

export const GET = workspaceRoute(offersQuerySchema, "viewer", (q, { db, workspace }) => getOffersReport(db, workspace, q));
