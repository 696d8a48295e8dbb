import { logBeta } from "./beta";
import { normalCdf, normalPdf } from "./normal";
import { assertCounts, type Counts } from "./proportion";

/** Beta(alpha, beta) belief about a conversion rate. */
export type BetaPosterior = { alpha: number; beta: number };

export type BayesianComparison = {
  /** P(variant's true rate > control's). */
  probabilityToBeatControl: number;
  /** E[max(control − variant, 0)]: the rate given up, on average, by shipping the variant. */
  expectedLossChoosingVariant: number;
  /** E[max(variant − control, 0)]: the rate given up, on average, by keeping the control. */
  expectedLossKeepingControl: number;
  method: "exact" | "normal-approximation";
};

/**
 * Above this many terms the exact sum gives way to the normal approximation. The sum costs a log and an
 * exp per term, three sums per comparison, so its time grows with the counts; by then the
 * approximation is off by less than 1e-7 in P(beat) (6e-8 measured at 500,000 conversions per group).
 */
export const EXACT_SUM_LIMIT = 1_000_000;

/** Posterior after a uniform Beta(1, 1) prior: Beta(1 + conversions, 1 + non-converting users). */
export function posteriorFromCounts(counts: Counts): BetaPosterior {
  assertCounts(counts);
  return { alpha: 1 + counts.conversions, beta: 1 + counts.users - counts.conversions };
}

function assertPosterior({ alpha, beta }: BetaPosterior): void {
  if (!(Number.isInteger(alpha) && Number.isInteger(beta) && alpha >= 1 && beta >= 1)) {
    throw new RangeError(`The exact Beta comparison needs whole alpha, beta ≥ 1, got Beta(${alpha}, ${beta})`);
  }
}

/**
 * P(Y > X) for X ~ Beta(a₁, b₁), Y ~ Beta(a₂, b₂) with whole a₂ (Evan Miller, "Formulas for Bayesian A/B
 * testing"): Σ_{i<a₂} B(a₁+i, b₁+b₂) / ((b₂+i) B(1+i, b₂) B(a₁, b₁)).
 * Each term is the previous one times (a₁+i)(b₂+i) / ((a₁+b₁+b₂+i)(i+1)), so only the first needs ln B;
 * the sum runs in logs (terms span thousands of orders of magnitude at large counts) and all terms are
 * positive, so nothing cancels. What limits accuracy is rounding ln(first term), about −17,000 at 150,000
 * users: ~1e-11 absolute, checked against a 40-digit evaluation.
 */
function sumProbabilityGreater(x: BetaPosterior, y: BetaPosterior): number {
  const { alpha: a1, beta: b1 } = x;
  const { alpha: a2, beta: b2 } = y;
  let logTerm = logBeta(a1, b1 + b2) - logBeta(a1, b1);
  let logMax = logTerm;
  let scaledSum = 1; // Σ exp(logTerm − logMax)
  for (let i = 0; i < a2 - 1; i++) {
    logTerm += Math.log(((a1 + i) / (a1 + b1 + b2 + i)) * ((b2 + i) / (i + 1)));
    if (logTerm > logMax) {
      scaledSum = scaledSum * Math.exp(logMax - logTerm) + 1;
      logMax = logTerm;
    } else {
      scaledSum += Math.exp(logTerm - logMax);
    }
  }
  return Math.min(1, Math.exp(logMax) * scaledSum);
}

function moments({ alpha, beta }: BetaPosterior): { mean: number; variance: number } {
  const total = alpha + beta;
  return { mean: alpha / total, variance: (alpha * beta) / (total * total * (total + 1)) };
}

/** P(Y > X) from normal approximations of both Beta posteriors. */
function approximateProbabilityGreater(x: BetaPosterior, y: BetaPosterior): number {
  const mx = moments(x);
  const my = moments(y);
  return normalCdf((my.mean - mx.mean) / Math.sqrt(mx.variance + my.variance));
}

/** P(Y > X) exactly, summing over the smaller alpha (ties have probability 0, so P(Y > X) = 1 − P(X > Y)). */
export function probabilityGreater(x: BetaPosterior, y: BetaPosterior): number {
  assertPosterior(x);
  assertPosterior(y);
  return y.alpha <= x.alpha ? sumProbabilityGreater(x, y) : 1 - sumProbabilityGreater(y, x);
}

const withOneMoreSuccess = ({ alpha, beta }: BetaPosterior): BetaPosterior => ({ alpha: alpha + 1, beta });

/**
 * Expected losses from the identity x·Beta(x; a, b) = a/(a+b) · Beta(x; a+1, b):
 * E[max(V − C, 0)] = E[V]·P(V⁺ > C) − E[C]·P(V > C⁺), where ⁺ adds one success to the posterior.
 */
function exactComparison(control: BetaPosterior, variant: BetaPosterior): BayesianComparison {
  const c = moments(control).mean;
  const v = moments(variant).mean;
  const variantPlusBeatsControl = probabilityGreater(control, withOneMoreSuccess(variant));
  const variantBeatsControlPlus = probabilityGreater(withOneMoreSuccess(control), variant);
  const keepControl = v * variantPlusBeatsControl - c * variantBeatsControlPlus;
  // E[max(C − V, 0)] − E[max(V − C, 0)] = E[C] − E[V].
  const chooseVariant = c - v + keepControl;
  return {
    probabilityToBeatControl: probabilityGreater(control, variant),
    expectedLossChoosingVariant: Math.max(0, chooseVariant),
    expectedLossKeepingControl: Math.max(0, keepControl),
    method: "exact",
  };
}

/** D = V − C ~ N(μ, σ²): E[max(D, 0)] = μ Φ(μ/σ) + σ φ(μ/σ). */
export function approximateBetaComparison(control: BetaPosterior, variant: BetaPosterior): BayesianComparison {
  const c = moments(control);
  const v = moments(variant);
  const mu = v.mean - c.mean;
  const sigma = Math.sqrt(c.variance + v.variance);
  const gain = (m: number) => m * normalCdf(m / sigma) + sigma * normalPdf(m / sigma);
  return {
    probabilityToBeatControl: approximateProbabilityGreater(control, variant),
    expectedLossChoosingVariant: gain(-mu),
    expectedLossKeepingControl: gain(mu),
    method: "normal-approximation",
  };
}

/** Bayesian comparison of two Beta posteriors: exact below EXACT_SUM_LIMIT terms, normal beyond. */
export function compareBetaPosteriors(control: BetaPosterior, variant: BetaPosterior): BayesianComparison {
  assertPosterior(control);
  assertPosterior(variant);
  return Math.min(control.alpha, variant.alpha) + 1 > EXACT_SUM_LIMIT ? approximateBetaComparison(control, variant) : exactComparison(control, variant);
}

/** Bayesian comparison of conversion counts under uniform Beta(1, 1) priors. */
export function compareBayesian(control: Counts, variant: Counts): BayesianComparison {
  assertCounts(control, "control");
  assertCounts(variant, "variant");
  return compareBetaPosteriors(posteriorFromCounts(control), posteriorFromCounts(variant));
}
