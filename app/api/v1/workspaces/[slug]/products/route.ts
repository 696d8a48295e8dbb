import { getProductsReport } from "@/db/queries/get-products-report";
import { workspaceRoute } from "@/lib/auth/api-route";
import { productsQuerySchema } from "@/lib/basket/products-query";

export const GET = workspaceRoute(productsQuerySchema, "viewer", (q, { db, workspace }) => getProductsReport(db, workspace, q));
