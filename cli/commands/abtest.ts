import { z } from "zod";
import { getAbTest } from "@/db/queries/offers/get-ab-test";
import { abTestQuerySchema } from "@/lib/offers/offers-query";
import { renderVerdict } from "@/lib/stats/render-verdict";
import { resolveWorkspace, type CliContext } from "../context";

export const abtestArgs = abTestQuerySchema.extend({
  campaign: z.string({ error: "Name the campaign: --campaign ID" }).trim().min(1, "Name the campaign: --campaign ID"),
});

/** The A/B analysis of one campaign's variants: rates with intervals, tests, Bayesian
 * probability, sample-ratio check and a verdict per variant against the control. */
export function abtest(ctx: CliContext, args: z.infer<typeof abtestArgs>) {
  const { workspace, data } = resolveWorkspace(ctx);
  const { campaign, heldOut, analysis } = getAbTest(data, workspace, args);
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  const lines = [
    `A/B test of ${campaign.name} (${campaign.key}):`,
    ...analysis.variants.map(
      (v) =>
        `  ${v.name.padEnd(10)} ${String(v.users).padStart(7)} users ${String(v.conversions).padStart(6)} conversions  ${pct(v.conversionRate.estimate)} (95% CI ${pct(v.conversionRate.lower)} to ${pct(v.conversionRate.upper)})${v.isControl ? "  control" : ""}`,
    ),
    ...heldOut.map(
      (h) => `  ${h.name.padEnd(10)} ${String(h.users).padStart(7)} users held out (never shown the offer; see the Campaigns page for incremental revenue)`,
    ),
    ...analysis.comparisons.map((c) => `  ${renderVerdict(c.verdict)}`),
  ];
  return { data: { campaign: args.campaign, heldOut, ...analysis }, text: lines.join("\n") };
}
