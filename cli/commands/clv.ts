import { z } from "zod";
import { getClvTransactions } from "@/db/queries/customers/get-clv-transactions";
import { fitClvModel } from "@/lib/clv/fit-clv-model";
import { AppFailure } from "@/lib/result";
import { resolveWorkspace, type CliContext } from "../context";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-04-30");

export const clvArgs = z.object({
  "calibration-end": day,
  "holdout-end": day.optional(),
  "horizon-months": z.coerce.number().int().min(1).max(600).default(12),
  "discount-rate": z.coerce.number().min(0).max(0.99).default(0.01),
});

/** Predicted lifetime value: BG/NBD purchases and Gamma-Gamma spend fitted on the calibration period. */
export function clv(ctx: CliContext, args: z.infer<typeof clvArgs>) {
  const { workspace, data } = resolveWorkspace(ctx);
  const fit = fitClvModel({
    transactions: getClvTransactions(data, workspace.id),
    calibrationEnd: args["calibration-end"],
    holdoutEnd: args["holdout-end"],
    horizonMonths: args["horizon-months"],
    monthlyDiscountRate: args["discount-rate"],
    timeZone: workspace.timezone,
  });
  if (!fit.ok) throw new AppFailure("invalid_input", fit.error.message);
  const { model, spend, checks, customers } = fit.data;
  const f = (v: number, d = 3) => v.toFixed(d);
  return {
    data: fit.data,
    text: [
      `BG/NBD: r ${f(model.r)}, alpha ${f(model.alpha)}, a ${f(model.a)}, b ${f(model.b)}, log-likelihood ${f(model.logLikelihood, 1)}${model.converged ? "" : " (did not converge)"}`,
      `Gamma-Gamma on ${spend.customers} repeat buyers: p ${f(spend.p)}, q ${f(spend.q)}, gamma ${f(spend.gamma)}`,
      `Frequency-spend correlation ${checks.frequencyMonetaryCorrelation === null ? "—" : f(checks.frequencyMonetaryCorrelation)} (the spend model assumes none)`,
      checks.holdout ? `Holdout: ${f(checks.holdout.predictedTotal, 0)} purchases predicted, ${checks.holdout.actualTotal} actual` : "",
      `${customers.length} customers scored; total predicted CLV ${f(
        customers.reduce((s, c) => s + c.clv, 0),
        2,
      )} ${workspace.currency}`,
    ]
      .filter(Boolean)
      .join("\n"),
  };
}
