import { z } from "zod";
import { getTargetList } from "@/db/queries/customers/get-target-list";
import { OPPORTUNITY_KINDS, targetQuerySchema } from "@/lib/customers/schemas";
import { AppFailure } from "@/lib/result";
import { resolveWorkspace, type CliContext } from "../context";

export const targetsArgs = z.object({
  opportunity: z.enum(OPPORTUNITY_KINDS, "Use --opportunity pair, upgrade or deep"),
  x: z.string().optional(),
  y: z.string().optional(),
  family: z.string().optional(),
  tier: z.string().optional(),
  sku: z.string().optional(),
  days: z.string().optional(),
  "calibration-end": z.string().optional(),
  "discount-rate": z.string().optional(),
  /** Customers printed; the whole list by default. */
  limit: z.string().optional(),
});

/** A target list: who qualifies for an opportunity, best first, opted-out customers left out and counted. */
export function targets(ctx: CliContext, args: z.infer<typeof targetsArgs>) {
  const { workspace, data } = resolveWorkspace(ctx);
  // The API's own schema, so the CLI and the page accept and reject the same input.
  const parsed = targetQuerySchema.safeParse({
    opp: args.opportunity,
    x: args.x,
    y: args.y,
    family: args.family,
    tier: args.tier,
    sku: args.sku,
    days: args.days,
    cal: args["calibration-end"],
    discount: args["discount-rate"],
    limit: args.limit ?? 10_000_000,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = { opp: "opportunity", cal: "calibration-end", discount: "discount-rate" }[String(issue.path[0])] ?? issue.path.join(".");
    throw new AppFailure("invalid_input", `${flag ? `--${flag}: ` : ""}${issue.message}`);
  }
  const list = getTargetList(data, workspace, parsed.data);
  const o = list.opportunity;
  const what =
    o.kind === "pair"
      ? `bought ${o.x.sku}, not ${o.y.sku}`
      : o.kind === "upgrade"
        ? `${o.family} tier ${o.tier} → ${o.nextTier}`
        : `${o.sku.sku}, not bought in ${o.days} days`;
  const money = (v: number | null) => (v === null ? "—" : `${v.toFixed(2)} ${workspace.currency}`);
  return {
    data: {
      opportunity: o,
      ranking: list.ranking,
      rankingNote: list.rankingNote,
      size: list.size,
      excludedOptedOut: list.excludedOptedOut,
      expectedOrderValue: list.expectedOrderValue,
      expectedRevenue: list.expectedRevenue,
      customers: list.customers,
    },
    text: [
      `Target list (${what}): ${list.size} customers, ${list.excludedOptedOut} opted out and left out.`,
      `Expected revenue ${money(list.expectedRevenue)} (Σ P(alive) × expected order value ${money(list.expectedOrderValue.value)}).`,
      list.ranking === "model" ? "Ranked by P(alive) × expected spend per order." : `Ranked by recency and frequency: ${list.rankingNote ?? "no model"}`,
      ...list.customers.map(
        (c, i) =>
          `  ${String(i + 1).padStart(5)}  ${c.customerKey}${c.pAlive === null ? "" : `  P(alive) ${c.pAlive.toFixed(3)}  score ${c.score?.toFixed(2)}`}`,
      ),
    ].join("\n"),
  };
}
