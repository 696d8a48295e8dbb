import type { Verdict } from "./verdict";

// English wording of every verdict, in one place so it can be translated.

const points = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const wholeNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });

/** Rate difference in percentage points: 0.03 → "+3.0". */
export const formatPoints = (difference: number): string => points.format(difference * 100);

/** "p = 0.19", "p = 0.0312", "p < 0.0001": enough digits to see which side of 0.05 it falls. */
export function formatPValue(p: number): string {
  if (p < 0.0001) return "p < 0.0001";
  return `p = ${p.toFixed(p < 0.1 ? 4 : 2)}`;
}

export function renderVerdict(verdict: Verdict): string {
  switch (verdict.code) {
    case "sample_ratio_mismatch":
      return `Sample ratio mismatch (${formatPValue(verdict.params.pValue)}): the split is not as planned, results are unreliable.`;
    case "variant_better":
    case "variant_worse": {
      const p = verdict.params;
      const direction = verdict.code === "variant_better" ? "better" : "worse";
      return (
        `${p.variant} converts ${direction} than ${p.control}: ${formatPoints(p.difference)} points ` +
        `(${percent.format(p.confidence)} CI ${formatPoints(p.lower)} to ${formatPoints(p.upper)}), ${formatPValue(p.pValue)}.`
      );
    }
    case "needs_more_users": {
      const p = verdict.params;
      return (
        `No significant difference between ${p.variant} and ${p.control} yet (${formatPValue(p.pValue)}); ` +
        `about ${wholeNumber.format(p.additionalUsersPerGroup)} more users per group are needed to detect ` +
        `the observed effect with ${percent.format(p.power)} power.`
      );
    }
    case "no_significant_difference": {
      const p = verdict.params;
      return `No significant difference between ${p.variant} and ${p.control} (${formatPValue(p.pValue)}).`;
    }
  }
}
