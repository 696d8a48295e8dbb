// Verdicts are codes plus numbers, never sentences: render-verdict.ts holds the wording, so a translation
// only has to supply its own renderer.

type Pair = { variant: string; control: string };

export type Verdict =
  | { code: "sample_ratio_mismatch"; params: { pValue: number } }
  | {
      code: "variant_better" | "variant_worse";
      params: Pair & { difference: number; lower: number; upper: number; confidence: number; pValue: number };
    }
  | { code: "needs_more_users"; params: Pair & { pValue: number; additionalUsersPerGroup: number; power: number } }
  | { code: "no_significant_difference"; params: Pair & { pValue: number } };

export type VerdictCode = Verdict["code"];

export type VerdictFacts = Pair & {
  sampleRatioMismatch: boolean;
  sampleRatioPValue: number;
  difference: { estimate: number; lower: number; upper: number };
  pValue: number;
  /** Significance level; the interval's confidence is 1 − alpha. */
  alpha: number;
  power: number;
  additionalUsersPerGroup: number | null;
};

/** The one-line conclusion for a variant against the control. A broken split overrides everything. */
export function decideVerdict(f: VerdictFacts): Verdict {
  const pair = { variant: f.variant, control: f.control };
  if (f.sampleRatioMismatch) return { code: "sample_ratio_mismatch", params: { pValue: f.sampleRatioPValue } };
  if (f.pValue < f.alpha) {
    return {
      code: f.difference.estimate > 0 ? "variant_better" : "variant_worse",
      params: {
        ...pair,
        difference: f.difference.estimate,
        lower: f.difference.lower,
        upper: f.difference.upper,
        confidence: 1 - f.alpha,
        pValue: f.pValue,
      },
    };
  }
  if (f.additionalUsersPerGroup === null || f.additionalUsersPerGroup === 0) {
    return { code: "no_significant_difference", params: { ...pair, pValue: f.pValue } };
  }
  return {
    code: "needs_more_users",
    params: { ...pair, pValue: f.pValue, additionalUsersPerGroup: f.additionalUsersPerGroup, power: f.power },
  };
}
