import { checkHoldout, type HoldoutCheck } from "./check-holdout";
import { fitBgnbd } from "./fit-bgnbd";
import { correlateFrequencyMonetary, fitGammaGamma } from "./fit-gamma-gamma";
import { checkConverged, checkEnoughData, MIN_REPEAT_BUYERS, spendTooUniform, WEEKS_PER_MONTH } from "./predict-clv";
import { scoreCustomers, type ClvCustomer } from "./score-customers";
import { summarizeTransactions } from "./summarize-transactions";
import type { BgnbdParams, ClvOutcome, ClvTransaction, GammaGammaParams } from "./types";

export type FitClvModelInput = {
  transactions: readonly ClvTransaction[];
  /** Last day of the calibration period (inclusive): "YYYY-MM-DD" or epoch ms. */
  calibrationEnd: string | number;
  /** Last day of a holdout period to check the predictions against; optional. */
  holdoutEnd?: string | number;
  /** CLV horizon in months; default 12. */
  horizonMonths?: number;
  /** Discount rate per month; default 0.01. */
  monthlyDiscountRate?: number;
  /** Turns epoch-ms dates into days; default UTC. */
  timeZone?: string;
  /** Minimum number of repeat buyers to fit at all; default 30. */
  minRepeatBuyers?: number;
};

export type { ClvCustomer } from "./score-customers";

export type ClvModelResult = {
  model: BgnbdParams & { logLikelihood: number; converged: boolean; iterations: number; gradientNorm: number };
  spend: GammaGammaParams & { logLikelihood: number; converged: boolean; iterations: number; customers: number };
  checks: {
    /** Pearson r of frequency and mean spend over repeat buyers: Gamma-Gamma assumes none. */
    frequencyMonetaryCorrelation: number | null;
    holdout: HoldoutCheck | null;
  };
  settings: { horizonMonths: number; monthlyDiscountRate: number; weeksPerMonth: number };
  customers: ClvCustomer[];
};

const invalid = (message: string): ClvOutcome<never> => ({ ok: false, error: { reason: "invalid_input", message } });

/**
 * Transactions to predicted customer lifetime value: RFM summary, BG/NBD for the number of
 * future purchases, Gamma-Gamma for their value, discounted over the horizon; checked against
 * the holdout period when one is given. A typed error, never a throw, when the data is too thin.
 */
export function fitClvModel(input: FitClvModelInput): ClvOutcome<ClvModelResult> {
  const horizonMonths = input.horizonMonths ?? 12;
  const monthlyDiscountRate = input.monthlyDiscountRate ?? 0.01;
  if (!Number.isInteger(horizonMonths) || horizonMonths < 1 || horizonMonths > 600) {
    return invalid(`Horizon ${horizonMonths} must be a whole number of months between 1 and 600.`);
  }
  if (!Number.isFinite(monthlyDiscountRate) || monthlyDiscountRate < 0 || monthlyDiscountRate >= 1) {
    return invalid(`Monthly discount rate ${monthlyDiscountRate} must be at least 0 and below 1 (0.01 is 1%).`);
  }
  const summary = summarizeTransactions(input.transactions, {
    calibrationEnd: input.calibrationEnd,
    observationEnd: input.holdoutEnd,
    timeZone: input.timeZone,
  });
  if (!summary.ok) return summary;
  const { customers, holdoutWeeks } = summary.data;

  const thin = checkEnoughData(customers, input.minRepeatBuyers ?? MIN_REPEAT_BUYERS);
  if (thin) return { ok: false, error: thin };
  const bg = fitBgnbd(customers);
  if (!bg.ok) return bg;
  const gg = fitGammaGamma(customers);
  if (!gg.ok) return gg;
  if (gg.data.stopReason === "stalled" || gg.data.stopReason === "diverged") return { ok: false, error: spendTooUniform(gg.data.stopReason) };
  const unsettled = checkConverged([
    { name: "purchase model (BG/NBD)", converged: bg.data.converged },
    { name: "spend model (Gamma-Gamma)", converged: gg.data.converged },
  ]);
  if (unsettled) return { ok: false, error: unsettled };

  const params = bg.data.params;
  const spendParams = gg.data.params;
  const rows = scoreCustomers(params, spendParams, customers, { periods: horizonMonths, discountRate: monthlyDiscountRate, periodWeeks: WEEKS_PER_MONTH });
  if (!rows.every((r) => Number.isFinite(r.clv) && Number.isFinite(r.expected365d))) {
    return {
      ok: false,
      error: { reason: "did_not_converge", message: "Some predictions could not be computed for these fitted parameters." },
    };
  }

  return {
    ok: true,
    data: {
      model: {
        ...params,
        logLikelihood: bg.data.logLikelihood,
        converged: bg.data.converged,
        iterations: bg.data.iterations,
        gradientNorm: bg.data.gradientNorm,
      },
      spend: {
        ...spendParams,
        logLikelihood: gg.data.logLikelihood,
        converged: gg.data.converged,
        iterations: gg.data.iterations,
        customers: gg.data.customers,
      },
      checks: {
        frequencyMonetaryCorrelation: correlateFrequencyMonetary(customers),
        holdout: holdoutWeeks === null ? null : checkHoldout(params, customers, holdoutWeeks),
      },
      settings: { horizonMonths, monthlyDiscountRate, weeksPerMonth: WEEKS_PER_MONTH },
      customers: rows,
    },
  };
}
