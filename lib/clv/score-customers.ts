import { expectedAverageSpend } from "./fit-gamma-gamma";
import { predictClv, type ClvOptions } from "./predict-clv";
import { predictPurchases, probabilityAlive } from "./predict-purchases";
import type { BgnbdParams, CustomerRfm, GammaGammaParams } from "./types";

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

/**
 * Each customer's predictions from fitted parameters and their own history: the fit's calibration
 * period, or any later cut-off (the parameters describe the population, the history the customer).
 */
export function scoreCustomers(
  params: BgnbdParams,
  spendParams: GammaGammaParams,
  customers: readonly Omit<CustomerRfm, "holdoutPurchases">[],
  clvOptions: ClvOptions,
): ClvCustomer[] {
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
  return rows;
}
