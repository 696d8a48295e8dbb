import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { getClvTransactions } from "./get-clv-transactions";
import { getDataRange } from "../kpis/get-data-range";
import { readSnapshot } from "../../sqlite/read-snapshot";
import { fitClvModel, type ClvModelResult } from "@/lib/clv/fit-clv-model";
import { WEEKS_PER_MONTH } from "@/lib/clv/predict-clv";
import { scoreCustomers, type ClvCustomer } from "@/lib/clv/score-customers";
import { summarizeTransactions } from "@/lib/clv/summarize-transactions";
import type { ClvError } from "@/lib/clv/types";
import { shiftDay } from "@/lib/kpi/period";
import { AppFailure } from "@/lib/result";

/** The default holdout: the last 90 days of data check the predictions. */
export const HOLDOUT_DAYS = 90;

/** The default calibration end: 90 days before the last day of data, or, on a shorter history, its
 * middle, so the fit always has data before it and a holdout after it (the last day when the data
 * is a single day). */
export function defaultCalibrationEnd(dataRange: { first: string; last: string }): string {
  const span = Math.round((Date.parse(dataRange.last) - Date.parse(dataRange.first)) / 86_400_000);
  return shiftDay(dataRange.last, -Math.min(HOLDOUT_DAYS, Math.floor(span / 2)));
}
export const HORIZON_MONTHS = 12;

/** The periods and settings a CLV fit ran with; the report repeats them beside its figures. */
export type ClvSettings = {
  dataRange: { first: string; last: string } | null;
  calibrationEnd: string | null;
  holdoutEnd: string | null;
  monthlyDiscountRate: number;
  horizonMonths: number;
};

export type ClvScores = ClvSettings & {
  /** The fit on the calibration period, without its per-customer rows. */
  fit: { ok: true; data: Omit<ClvModelResult, "customers"> } | { ok: false; error: ClvError };
  /** Every customer scored on their whole history up to the last day of data; null without a fit. */
  customers: ClvCustomer[] | null;
};

// Fits are memoised per process: a page view asks for the model from two sections and every
// target list. The key holds every input, including a fingerprint of the counted orders, so an
// import, undo or reset is a new key. Two entries: the default view and the one being explored.
const memo = new Map<string, ClvScores>();
const MEMO_SIZE = 2;

/**
 * BG/NBD and Gamma-Gamma fitted on counted orders up to the calibration end (default: 90 days
 * before the last day of data), checked against the rest as holdout, then applied to each
 * customer's full history: P(alive) today, expected purchases in the next 90 and 365 days, and
 * 12-month CLV discounted monthly.
 */
export function getClvScores(db: Db, workspace: { id: number; timezone: string }, q: { cal?: string; discount: number }): ClvScores {
  // One snapshot: an import committing between the key and the fit must not file new scores under an old key.
  return readSnapshot(db, () => clvScores(db, workspace, q));
}

function clvScores(db: Db, workspace: { id: number; timezone: string }, q: { cal?: string; discount: number }): ClvScores {
  const dataRange = getDataRange(db, workspace.id, workspace.timezone);
  const base = { dataRange, monthlyDiscountRate: q.discount, horizonMonths: HORIZON_MONTHS };
  if (!dataRange) {
    const error: ClvError = { reason: "too_little_data", message: "There are no counted orders yet: import orders to predict lifetime value." };
    return { ...base, calibrationEnd: null, holdoutEnd: null, fit: { ok: false, error }, customers: null };
  }
  const calibrationEnd = q.cal ?? defaultCalibrationEnd(dataRange);
  if (calibrationEnd < dataRange.first || calibrationEnd > dataRange.last) {
    throw new AppFailure(
      "invalid_input",
      `Calibration end ${calibrationEnd} lies outside the data (${dataRange.first} to ${dataRange.last}); choose a day in between.`,
      "cal",
    );
  }
  const holdoutEnd = calibrationEnd < dataRange.last ? dataRange.last : null;

  const key = memoKey(db, workspace, calibrationEnd, q.discount);
  const hit = memo.get(key);
  if (hit) return hit;

  const transactions = getClvTransactions(db, workspace.id);
  const settings = { horizonMonths: HORIZON_MONTHS, monthlyDiscountRate: q.discount, timeZone: workspace.timezone };
  const fitted = fitClvModel({ transactions, calibrationEnd, holdoutEnd: holdoutEnd ?? undefined, ...settings });
  let result: ClvScores;
  if (!fitted.ok) {
    result = { ...base, calibrationEnd, holdoutEnd, fit: fitted, customers: null };
  } else {
    // The calibration-period rows stay here; customers are scored on their full history below.
    const { model, spend, checks, settings: fitSettings } = fitted.data;
    const fit = { model, spend, checks, settings: fitSettings };
    const today = summarizeTransactions(transactions, { calibrationEnd: dataRange.last, timeZone: workspace.timezone });
    const customers = today.ok
      ? scoreCustomers(fit.model, fit.spend, today.data.customers, { periods: HORIZON_MONTHS, discountRate: q.discount, periodWeeks: WEEKS_PER_MONTH })
      : null;
    result = { ...base, calibrationEnd, holdoutEnd, fit: { ok: true, data: fit }, customers };
  }
  rememberClvScores(key, result);
  return result;
}

function memoKey(db: Db, workspace: { id: number; timezone: string }, calibrationEnd: string, discount: number): string {
  const print = db.get<{ n: number; revenue: number; at: number; customers: number }>(sql`
    SELECT count(*) AS n, total(revenue) AS revenue, total(ordered_at) AS at, total(customer_id) AS customers
    FROM order_facts WHERE workspace_id = ${workspace.id} AND counted`);
  return JSON.stringify([workspace.id, workspace.timezone, calibrationEnd, discount, print]);
}

/** Keeps a fit under its key, the oldest dropped beyond MEMO_SIZE. */
function rememberClvScores(key: string, scores: ClvScores): void {
  memo.set(key, scores);
  while (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
}
