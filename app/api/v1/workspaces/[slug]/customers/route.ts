import { reportRoute } from "@/lib/auth/api-route";

export const GET = reportRoute("customers");
