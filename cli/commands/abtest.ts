import { z } from "zod";
import { getAbVariantStats } from "@/db/queries/get-ab-variant-stats";
import { AppFailure } from "@/lib/result";
import { analyzeAbTest } from "@/lib/stats/analyze-ab-test";
import { renderVerdict } from "@/lib/stats/render-verdict";
import { resolveWorkspace, type CliContext } from "../context";

const split = z
  .string()
  .regex(/^[^=,]+=\d+(\.\d+)?(,[^=,]+=\d+(\.\d+)?)*$/, "Give the planned split as name=weight pairs, e.g. A=45,B=45,control=10")
  .transform((s) => Object.fromEntries(s.split(",").map((p) => [p.split("=")[0].trim(), Number(p.split("=")[1])])));

export const abtestArgs = z.object({
  campaign: z.string({ error: "Name the campaign: --campaign ID" }).min(1),
  control: z.string().min(1).optional(),
  split: split.optional(),
});

/** The A/B analysis of one campaign's variants: rates with intervals, tests, Bayesian
 * probability, sample-ratio check and a verdict per variant against the control. */
export function abtest(ctx: CliContext, args: z.infer<typeof abtestArgs>) {
  const workspace = resolveWorkspace(ctx);
  const stats = getAbVariantStats(ctx.db, workspace.id, args.campaign);
  if (!stats) throw new AppFailure("not_found", `No campaign "${args.campaign}" in workspace "${workspace.slug}".`);
  if (stats.variants.length < 2) {
    throw new AppFailure("invalid_input", `Campaign "${args.campaign}" has ${stats.variants.length} variant(s); an A/B test needs at least two.`);
  }
  const analysis = analyzeAbTest({ variants: stats.variants, control: args.control, plannedSplit: args.split });
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  const lines = [
    `A/B test of ${stats.name} (${args.campaign}):`,
    ...analysis.variants.map(
      (v) =>
        `  ${v.name.padEnd(10)} ${String(v.users).padStart(7)} users ${String(v.conversions).padStart(6)} conversions  ${pct(v.conversionRate.estimate)} (95% CI ${pct(v.conversionRate.lower)} to ${pct(v.conversionRate.upper)})${v.isControl ? "  control" : ""}`,
    ),
    ...analysis.comparisons.map((c) => `  ${renderVerdict(c.verdict)}`),
  ];
  return { data: { campaign: args.campaign, ...analysis }, text: lines.join("\n") };
}
