import { AppFailure } from "@/lib/result";
import { compareBayesian } from "./bayes";
import { compareProportions } from "./compare-proportions";
import { DEFAULT_ALPHA, DEFAULT_POWER, additionalUsersPerGroup } from "./power";
import { estimateProportion } from "./proportion";
import { checkSampleRatio } from "./srm";
import { decideVerdict } from "./verdict";
import { summarizeFromSums, welchTTest } from "./welch";
import { abTestInputSchema, type AbTestAnalysis, type AbTestInput, type ComparisonResult } from "./ab-test-types";

// Alpha is the constant and confidence derives from it: 1 − 0.95 is 0.050000000000000044 in floating
// point, which would call p = 0.05 significant.
const ALPHA = DEFAULT_ALPHA;
const CONFIDENCE = 1 - ALPHA;
const POWER = DEFAULT_POWER;

type Variant = { name: string; users: number; conversions: number; revenueSum: number; revenueSumOfSquares: number };

function pickControl(variants: Variant[], requested: string | undefined): Variant {
  if (requested !== undefined) return variants.find((v) => v.name === requested)!;
  return variants.find((v) => v.name.toLowerCase() === "control") ?? variants[0];
}

function compareWithControl(control: Variant, variant: Variant, srm: ReturnType<typeof checkSampleRatio>): ComparisonResult {
  const proportions = compareProportions(control, variant, CONFIDENCE);
  const additional = additionalUsersPerGroup(control, variant, { alpha: ALPHA, power: POWER });
  const revenue = welchTTest(
    summarizeFromSums(control.users, control.revenueSum, control.revenueSumOfSquares),
    summarizeFromSums(variant.users, variant.revenueSum, variant.revenueSumOfSquares),
    CONFIDENCE,
  );
  const verdict = decideVerdict({
    variant: variant.name,
    control: control.name,
    sampleRatioMismatch: srm.mismatch,
    sampleRatioPValue: srm.pValue,
    difference: proportions.difference,
    pValue: proportions.pValue,
    alpha: ALPHA,
    power: POWER,
    additionalUsersPerGroup: additional,
  });
  return {
    variant: variant.name,
    control: control.name,
    absoluteDifference: proportions.difference,
    relativeDifference: proportions.relativeDifference,
    z: proportions.z,
    pValue: proportions.pValue,
    significant: proportions.pValue < ALPHA,
    revenuePerUser: revenue,
    bayesian: compareBayesian(control, variant),
    additionalUsersPerGroup: additional,
    verdict,
  };
}

/**
 * Everything the Offers & A/B tests page shows for one test, from per-variant aggregates.
 * Throws AppFailure("invalid_input") with the offending field when the input does not add up.
 */
export function analyzeAbTest(input: AbTestInput): AbTestAnalysis {
  const parsed = abTestInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure("invalid_input", issue.message, issue.path.join("."));
  }
  const { variants, plannedSplit } = parsed.data;
  const control = pickControl(variants, parsed.data.control);
  const sampleRatio = checkSampleRatio(
    variants.map((v) => v.users),
    plannedSplit && variants.map((v) => plannedSplit[v.name]),
  );
  return {
    control: control.name,
    alpha: ALPHA,
    confidence: CONFIDENCE,
    power: POWER,
    variants: variants.map((v) => ({
      name: v.name,
      isControl: v === control,
      users: v.users,
      conversions: v.conversions,
      conversionRate: estimateProportion(v, CONFIDENCE),
      revenuePerUser: v.revenueSum / v.users,
    })),
    comparisons: variants.filter((v) => v !== control).map((v) => compareWithControl(control, v, sampleRatio)),
    sampleRatio,
  };
}
