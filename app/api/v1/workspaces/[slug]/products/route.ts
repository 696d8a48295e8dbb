import { reportRoute } from "@/server/auth/api-route";

export const GET = reportRoute("products");
