import { z } from "zod";
import { getBaskets } from "@/db/queries/products/get-baskets";
import { mineRules } from "@/lib/basket/mine-rules";
import { resolveWorkspace, type CliContext } from "../context";

const share = (flag: string) =>
  z.coerce
    .number({ error: `--${flag} must be a number` })
    .min(0, `--${flag} is a share from 0 to 1`)
    .max(1, `--${flag} is a share from 0 to 1`);

export const basketArgs = z.object({
  "min-support": share("min-support"),
  "min-confidence": share("min-confidence"),
  "min-length": z.coerce.number().int().min(1).default(2),
  "min-lift": z.coerce.number().min(0).default(0),
  level: z.enum(["product", "category"]).default("product"),
});

/** Products (or categories) bought together in counted orders, as association rules. */
export function basket(ctx: CliContext, args: z.infer<typeof basketArgs>) {
  const { workspace, data } = resolveWorkspace(ctx);
  const { baskets, names } = getBaskets(data, workspace.id, args.level);
  const mined = mineRules(baskets, {
    minSupport: args["min-support"],
    minConfidence: args["min-confidence"],
    minLength: args["min-length"],
    minLift: args["min-lift"],
  });
  const rules = mined.rules.map((r) => ({
    antecedent: r.antecedent.map((i) => names[i]),
    consequent: [names[r.consequent]],
    support: r.support,
    confidence: r.confidence,
    lift: r.lift,
    leverage: r.leverage,
    conviction: Number.isFinite(r.conviction) ? r.conviction : null, // infinite when confidence is 1
    count: r.count,
    pValue: r.pValue,
    qValue: r.qValue,
  }));
  const top = rules
    .slice(0, 20)
    .map(
      (r) =>
        `  {${r.antecedent.join(", ")}} => {${r.consequent[0]}}  support ${r.support.toFixed(4)}  confidence ${r.confidence.toFixed(3)}  lift ${r.lift.toFixed(2)}`,
    );
  return {
    data: { transactions: mined.transactions, skippedBaskets: mined.skippedBaskets, rules },
    text: [
      `${rules.length} rules over ${mined.transactions} baskets (${mined.skippedBaskets} bulk baskets skipped)${rules.length > 20 ? "; the 20 with the highest lift:" : ":"}`,
      ...top,
    ].join("\n"),
  };
}
