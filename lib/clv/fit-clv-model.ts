import { checkHoldout, type HoldoutCheck } from "./check-holdout";
import { fitBgnbd } from "./fit-bgnbd";
import { correlateFrequencyMonetary, expectedAverageSpend, fitGammaGamma } from "./fit-gamma-gamma";
import { checkConverged, checkEnoughData, MIN_REPEAT_BUYERS, predictClv, WEEKS_PER_MONTH } from "./predict-clv";
import { predictPurchases, probabilityAlive } from "./predict-purchases";
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

export type ClvCustomer = {
  customerId: string;
  frequency: number;
  recency: number;
  T: number;
  monetary: number;
  pAlive: number;
  /** Expected purchases in the next 90 / 365 days. */
  expected90d: number;
  expected365d: number;
  /** Gamma-Gamma expected spend per future purchase. */
  expectedSpend: number;
  clv: number;
};

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
  const unsettled = checkConverged([
    { name: "purchase model (BG/NBD)", converged: bg.data.converged },
    { name: "spend model (Gamma-Gamma)", converged: gg.data.converged },
  ]);
  if (unsettled) return { ok: false, error: unsettled };

  const params = bg.data.params;
  const spendParams = gg.data.params;
  const clvOptions = { periods: horizonMonths, discountRate: monthlyDiscountRate, periodWeeks: WEEKS_PER_MONTH };
  // Customers with the same (x, t_x, T) get the same purchase predictions; ₂F₁ is the costly part.
  const cache = new Map<string, { pAlive: number; e90: number; e365: number; perSpend: number }>();
  const rows: ClvCustomer[] = [];
  for (const c of customers) {
    const key = `${c.frequency}|${c.recency}|${c.T}`;
    let p = cache.get(key);
    if (!p) {
      p = {
        pAlive: probabilityAlive(params, c),
        e90: predictPurchases(params, c, 90 / 7),
        e365: predictPurchases(params, c, 365 / 7),
        perSpend: predictClv(params, c, 1, clvOptions),
      };
      cache.set(key, p);
    }
    const expectedSpend = expectedAverageSpend(spendParams, c);
    rows.push({
      customerId: c.customerId,
      frequency: c.frequency,
      recency: c.recency,
      T: c.T,
      monetary: c.monetary,
      pAlive: p.pAlive,
      expected90d: p.e90,
      expected365d: p.e365,
      expectedSpend,
      clv: p.perSpend * expectedSpend,
    });
  }
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
