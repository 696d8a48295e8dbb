import type { Db } from "../../client";
import type { ClvModelResult } from "@/lib/clv/fit-clv-model";
import type { ClvError } from "@/lib/clv/types";
import { summarizeValues, type Distribution } from "@/lib/customers/distribution";
import type { ClvQuery } from "@/lib/customers/schemas";
import { getClvScores, type ClvSettings } from "./get-clv-scores";

/** Customers are shown by their key only: never names or e-mail addresses. */
export const TOP_CUSTOMERS = 20;

export type TopCustomer = {
  customerKey: string;
  /** Purchase days after the first (BG/NBD frequency). */ repeatPurchases: number;
  pAlive: number;
  expected90d: number;
  expected365d: number;
  expectedSpend: number;
  clv: number;
};

export type ClvReport = ClvSettings &
  (
    | {
        ok: true;
        model: ClvModelResult["model"];
        spend: ClvModelResult["spend"];
        checks: ClvModelResult["checks"];
        /** Sums over every scored customer. */
        totals: { customers: number; clv: number; expected90d: number; expected365d: number; meanPAlive: number };
        distribution: Distribution;
        top: TopCustomer[];
      }
    | { ok: false; error: ClvError }
  );

/** The customers page, predicted section: the fit, its checks, the CLV distribution and the top
 * customers by predicted CLV (only those rows leave the server). */
export function getClvReport(db: Db, workspace: { id: number; timezone: string }, q: ClvQuery): ClvReport {
  const s = getClvScores(db, workspace, q);
  const base = {
    dataRange: s.dataRange,
    calibrationEnd: s.calibrationEnd,
    holdoutEnd: s.holdoutEnd,
    monthlyDiscountRate: s.monthlyDiscountRate,
    horizonMonths: s.horizonMonths,
  };
  if (!s.fit.ok) return { ...base, ok: false, error: s.fit.error };
  if (!s.customers) return { ...base, ok: false, error: { reason: "invalid_input", message: "The customers could not be scored on their full history." } };
  const customers = s.customers;
  const sum = (f: (c: (typeof customers)[number]) => number) => customers.reduce((a, c) => a + f(c), 0);
  const top = [...customers]
    .sort((a, b) => b.clv - a.clv || (a.customerId < b.customerId ? -1 : 1))
    .slice(0, TOP_CUSTOMERS)
    .map((c) => ({
      customerKey: c.customerId,
      repeatPurchases: c.frequency,
      pAlive: c.pAlive,
      expected90d: c.expected90d,
      expected365d: c.expected365d,
      expectedSpend: c.expectedSpend,
      clv: c.clv,
    }));
  return {
    ...base,
    ok: true,
    model: s.fit.data.model,
    spend: s.fit.data.spend,
    checks: s.fit.data.checks,
    totals: {
      customers: customers.length,
      clv: sum((c) => c.clv),
      expected90d: sum((c) => c.expected90d),
      expected365d: sum((c) => c.expected365d),
      meanPAlive: customers.length > 0 ? sum((c) => c.pAlive) / customers.length : 0,
    },
    distribution: summarizeValues(customers.map((c) => c.clv)),
    top,
  };
}
