import { z } from "zod";
import { getSegmentReport } from "@/db/queries/segments/get-segment-report";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { resolveWorkspace, type CliContext } from "../context";

export const segmentsArgs = kpiQuerySchema.extend({
  by: segmentDimensionSchema,
  "min-size": z.coerce.number().int().min(1).optional(),
});

export function segments(ctx: CliContext, args: z.infer<typeof segmentsArgs>) {
  const { workspace, data } = resolveWorkspace(ctx);
  const table = getSegmentReport(data, workspace, args, args.by, args["min-size"]);
  const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);
  const lines = table.rows.map(
    (r) =>
      `  ${r.value.padEnd(22)} ${String(r.customers).padStart(7)}  cross ${pct(r.kpis.crossSellRatio.value).padStart(6)}  up ${pct(r.kpis.upsellRatio.value).padStart(6)}  deep ${pct(r.kpis.deepSellRatio.value).padStart(6)}  AOV ${(r.kpis.aov.value === null ? "—" : r.kpis.aov.value.toFixed(2)).padStart(9)}${r.small ? "  (small)" : ""}`,
  );
  const warn = table.multipleComparisons.warn ? [`  ${table.multipleComparisons.segments} segments compared: read single differences with care.`] : [];
  return {
    data: table,
    text: [`KPIs of "${workspace.slug}" by ${args.by.key}, ${table.period.from} to ${table.period.to} (active customers per segment):`, ...lines, ...warn].join(
      "\n",
    ),
  };
}
