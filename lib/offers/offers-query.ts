import { z } from "zod";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";

/** Planned traffic split as name=weight pairs, e.g. A=45,B=45,control=10 (URL and CLI alike). */
export const plannedSplitSchema = z
  .string()
  .trim()
  .regex(/^[^=,]+=\d+(\.\d+)?(,[^=,]+=\d+(\.\d+)?)*$/, "Give the planned split as name=weight pairs, e.g. A=45,B=45,control=10")
  .transform((s) => Object.fromEntries(s.split(",").map((p) => [p.split("=")[0].trim(), Number(p.split("=")[1])])));

/** The Offers page: funnels and satisfaction over a period, broken down by one segment dimension. */
export const offersQuerySchema = kpiQuerySchema.pick({ from: true, to: true }).extend({
  // None named: the workspace's data chooses (db/queries/segments/default-dimension.ts).
  by: segmentDimensionSchema.optional(),
});
export type OffersQuery = z.infer<typeof offersQuerySchema>;

/** One A/B test: a campaign's variants, optionally with the control named and the planned split. */
export const abTestQuerySchema = z.object({
  campaign: z.string({ error: "Name the campaign" }).trim().min(1, "Name the campaign"),
  control: z.string().trim().min(1).optional(),
  split: plannedSplitSchema.optional(),
});
export type AbTestQuery = z.infer<typeof abTestQuerySchema>;
