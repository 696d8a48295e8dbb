import { normalQuantile } from "@/lib/stats/normal";
import type { Interval } from "./estimate-incrementality";

/** What an estimated effect with its interval may be called: a gain or a loss only when the interval
 * excludes zero; otherwise unclear (and never shown as a win), or unknown without an interval. */
export type EffectVerdict = "gain" | "loss" | "unclear" | "unknown";

export type EffectJudgement = {
  verdict: EffectVerdict;
  /** For an unclear effect: about how many customers (test and holdout together, in today's split)
   * would show an effect of this size at 80% power, two-sided α = 0.05. Null when no size is seen. */
  customersToKnow: number | null;
};

export function judgeEffect(effect: Interval, customers: number, confidence = 0.95, power = 0.8): EffectJudgement {
  const { estimate, lower, upper } = effect;
  if (lower === null || upper === null) return { verdict: "unknown", customersToKnow: null };
  if (lower > 0) return { verdict: "gain", customersToKnow: null };
  if (upper < 0) return { verdict: "loss", customersToKnow: null };
  if (estimate === 0 || upper === lower) return { verdict: "unclear", customersToKnow: null };
  // The interval's half-width gives the standard error; it shrinks as 1/√n in the same split.
  const zInterval = normalQuantile(1 - (1 - confidence) / 2);
  const se = (upper - lower) / (2 * zInterval);
  const factor = (((zInterval + normalQuantile(power)) * se) / Math.abs(estimate)) ** 2;
  return { verdict: "unclear", customersToKnow: Math.ceil(factor * customers) };
}
