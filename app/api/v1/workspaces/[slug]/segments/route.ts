import { z } from "zod";
import { getSegmentReport } from "@/db/queries/get-segment-report";
import { workspaceRoute } from "@/lib/auth/api-route";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";

const query = kpiQuerySchema.extend({ by: segmentDimensionSchema, minSize: z.coerce.number().int().min(1).max(100_000).optional() });

/** Every KPI per value of a dimension (`by`): the same table as `npm run cli -- segments`. */
export const GET = workspaceRoute(query, "viewer", (q, { db, workspace }) => getSegmentReport(db, workspace, q, q.by, q.minSize));
