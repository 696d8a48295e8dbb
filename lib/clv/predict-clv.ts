import type { RfmPoint } from "./fit-bgnbd";
import { predictPurchases } from "./predict-purchases";
import type { BgnbdParams, ClvError } from "./types";

/** Average month in weeks (365.25 / 12 / 7). `lifetimes` rounds this to 4.345. */
export const WEEKS_PER_MONTH = 365.25 / 12 / 7;
/** Below this many repeat buyers the four BG/NBD and three Gamma-Gamma parameters are guesswork. */
export const MIN_REPEAT_BUYERS = 30;

export type ClvOptions = {
  /** Number of periods summed; default 12. */
  periods?: number;
  /** Discount rate per period; default 0.01 (1% a month, about 12.7% a year). */
  discountRate?: number;
  /** Length of one period in weeks; default one month. */
  periodWeeks?: number;
};

/**
 * Discounted expected revenue over the next `periods` periods, the `lifetimes`
 * customer_lifetime_value method:
 *   CLV = Σ_{k=1..H} S · (E[Y(k·w)] − E[Y((k−1)·w)]) / (1 + d)^k
 * with E[Y(t)] the BG/NBD expected purchases in the next t weeks given the customer's history
 * (cumulative, hence the difference per period), w the period in weeks, d the discount rate per
 * period and S the expected spend per purchase (Gamma-Gamma). Each period's purchases are
 * discounted as if paid at its end.
 */
export function predictClv(params: BgnbdParams, customer: RfmPoint, expectedSpend: number, options: ClvOptions = {}): number {
  const periods = options.periods ?? 12;
  const d = options.discountRate ?? 0.01;
  const w = options.periodWeeks ?? WEEKS_PER_MONTH;
  let clv = 0;
  let before = 0;
  for (let k = 1; k <= periods; k++) {
    const upTo = predictPurchases(params, customer, k * w);
    clv += (expectedSpend * (upTo - before)) / (1 + d) ** k;
    before = upTo;
  }
  return clv;
}

/** The "too little data to fit" guard: a plain reason, or null when a fit is worth trying. */
export function checkEnoughData(customers: readonly RfmPoint[], minimum = MIN_REPEAT_BUYERS): ClvError | null {
  const repeatBuyers = customers.reduce((n, c) => n + (c.frequency > 0 ? 1 : 0), 0);
  if (repeatBuyers >= minimum) return null;
  return {
    reason: "too_little_data",
    message:
      `Only ${repeatBuyers} of ${customers.length} customers bought again before the calibration end; ` +
      `predicting lifetime value needs at least ${minimum}. Upload a longer order history or move the calibration end later.`,
  };
}

/** The other half of the guard: an optimiser that did not settle gives numbers nobody should act on. */
export function checkConverged(fits: { name: string; converged: boolean }[]): ClvError | null {
  const failed = fits.filter((f) => !f.converged).map((f) => f.name);
  if (failed.length === 0) return null;
  return {
    reason: "did_not_converge",
    message:
      `The ${failed.join(" and ")} could not be fitted reliably to this data (the estimate did not settle). ` +
      "This usually means too few repeat purchases or a very short history; try a longer period.",
  };
}

/** The spend model stopped early on a ridge: order values differ too little between customers for
 * Gamma-Gamma's heterogeneity to be estimated (q and γ run off together). Said plainly, and fast. */
export function spendTooUniform(stopReason: string): ClvError {
  return {
    reason: "did_not_converge",
    message:
      `The spend model (Gamma-Gamma) found no stable estimate (${stopReason}): average order values probably differ too little ` +
      "between customers for it to tell them apart. Lifetime value is not predicted; rank customers by recency and frequency instead.",
  };
}
