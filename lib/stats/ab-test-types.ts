import { z } from "zod";
import type { BayesianComparison } from "./bayes";
import type { Estimate } from "./proportion";
import type { SampleRatioCheck } from "./srm";
import type { Verdict } from "./verdict";
import type { WelchResult } from "./welch";

const count = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`);

export const abVariantInputSchema = z
  .object({
    name: z.string().trim().min(1, "Every variant needs a name"),
    users: count("users").min(1, "A variant needs at least one user before it can be analysed"),
    conversions: count("conversions"),
    /** Σ revenue over the variant's users (0 for users who bought nothing). */
    revenueSum: z.number().finite().default(0),
    /** Σ revenue² over the same users, so SQL can give the variance without shipping rows. */
    revenueSumOfSquares: z.number().finite().min(0, "revenueSumOfSquares cannot be negative").default(0),
  })
  .refine((v) => v.conversions <= v.users, {
    message: "conversions cannot exceed users",
    path: ["conversions"],
  })
  // Σx² ≥ (Σx)²/n for any numbers; less means the column holds something else, such as (Σx)².
  // The slack absorbs rounding in aggregates of constant values.
  .refine((v) => v.revenueSumOfSquares >= ((v.revenueSum * v.revenueSum) / v.users) * (1 - 1e-9), {
    message: "revenueSumOfSquares must be the sum of each user's revenue squared; it is smaller than (revenueSum)² / users",
    path: ["revenueSumOfSquares"],
  });

export const abTestInputSchema = z
  .object({
    variants: z.array(abVariantInputSchema).min(2, "An A/B test needs at least two variants"),
    /** Name of the control; default: the variant called "control" (any case), else the first. */
    control: z.string().trim().min(1).optional(),
    /** Planned traffic weight per variant name, e.g. { control: 50, B: 50 }; default: equal. */
    plannedSplit: z.record(z.string(), z.number().positive("Planned weights must be greater than 0")).optional(),
  })
  .superRefine((input, ctx) => {
    const names = input.variants.map((v) => v.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate !== undefined) {
      ctx.addIssue({ code: "custom", message: `Variant name "${duplicate}" is used twice`, path: ["variants"] });
    }
    if (input.control !== undefined && !names.includes(input.control)) {
      ctx.addIssue({
        code: "custom",
        message: `Control "${input.control}" is not one of the variants (${names.join(", ")})`,
        path: ["control"],
      });
    }
    if (input.plannedSplit) {
      const planned = Object.keys(input.plannedSplit);
      const missing = names.filter((n) => !planned.includes(n));
      const extra = planned.filter((n) => !names.includes(n));
      if (missing.length > 0 || extra.length > 0) {
        const parts = [missing.length > 0 ? `no weight for ${missing.join(", ")}` : "", extra.length > 0 ? `unknown variant ${extra.join(", ")}` : ""].filter(
          Boolean,
        );
        ctx.addIssue({ code: "custom", message: `Planned split: ${parts.join("; ")}`, path: ["plannedSplit"] });
      }
    }
  });

export type AbTestInput = z.input<typeof abTestInputSchema>;

export type VariantResult = {
  name: string;
  isControl: boolean;
  users: number;
  conversions: number;
  /** Conversion rate with its Wilson interval. */
  conversionRate: Estimate;
  revenuePerUser: number;
};

export type ComparisonResult = {
  variant: string;
  control: string;
  /** Variant rate − control rate (0.03 = +3 points), Newcombe interval. */
  absoluteDifference: Estimate;
  /** Variant rate / control rate − 1, log-ratio interval; null if a group has no conversions. */
  relativeDifference: Estimate | null;
  /** Pooled two-proportion z (positive: variant converts better) and its two-sided p-value. */
  z: number;
  pValue: number;
  significant: boolean;
  /** Welch's t-test on revenue per user (variant − control); null without revenue variance. */
  revenuePerUser: WelchResult | null;
  bayesian: BayesianComparison;
  /** Users per group still needed for the target power at the observed effect; null if no effect was seen. */
  additionalUsersPerGroup: number | null;
  verdict: Verdict;
};

export type AbTestAnalysis = {
  control: string;
  /** Significance level of the tests, and the level of the intervals (confidence = 1 − alpha). */
  alpha: number;
  confidence: number;
  /** Power the additional-users figure aims for. */
  power: number;
  variants: VariantResult[];
  comparisons: ComparisonResult[];
  sampleRatio: SampleRatioCheck;
};
