import { summarizeFromSums, welchTTest, type WelchResult } from "@/lib/stats/welch";

/** Ratings of one group, as SQL sums them (scores on 0–10). */
export type SatisfactionCounts = { n: number; scoreSum: number; scoreSumOfSquares: number; promoters: number; detractors: number };

export type Satisfaction = {
  ratings: number;
  /** Mean score on 0–10 (5-point ratings rescaled). */
  averageScore: number | null;
  promoters: number;
  detractors: number;
  /** Net promoter score: (promoters − detractors) / ratings × 100, from −100 to +100. */
  nps: number | null;
};

export const EMPTY_SATISFACTION: SatisfactionCounts = { n: 0, scoreSum: 0, scoreSumOfSquares: 0, promoters: 0, detractors: 0 };

export function summarizeSatisfaction(c: SatisfactionCounts): Satisfaction {
  return {
    ratings: c.n,
    averageScore: c.n > 0 ? c.scoreSum / c.n : null,
    promoters: c.promoters,
    detractors: c.detractors,
    nps: c.n > 0 ? ((c.promoters - c.detractors) / c.n) * 100 : null,
  };
}

/** Offered minus not offered in average score, Welch's t-test with its 95% interval; null when a side
 * has fewer than two ratings or no spread. */
export function compareSatisfaction(offered: SatisfactionCounts, notOffered: SatisfactionCounts): WelchResult | null {
  if (offered.n < 2 || notOffered.n < 2) return null;
  return welchTTest(
    summarizeFromSums(notOffered.n, notOffered.scoreSum, notOffered.scoreSumOfSquares),
    summarizeFromSums(offered.n, offered.scoreSum, offered.scoreSumOfSquares),
  );
}
