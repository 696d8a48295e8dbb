import { TZDate } from "@date-fns/tz";
import type { ClvOutcome, ClvTransaction, CustomerRfm } from "./types";

export type SummarizeOptions = {
  /** Last day of the calibration period (inclusive): "YYYY-MM-DD" or epoch ms. */
  calibrationEnd: string | number;
  /** Last day of the holdout period (inclusive); omit when there is no holdout. */
  observationEnd?: string | number;
  /** Time zone that turns epoch-ms dates into calendar days; default UTC. */
  timeZone?: string;
};

export type RfmSummary = {
  customers: CustomerRfm[];
  /** Length of the holdout period in weeks, null without one. */
  holdoutWeeks: number | null;
};

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDay(value: string): number | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-30 over to March; a round trip catches it.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Calendar-day index (days since 1970-01-01) of a day string or an instant in a time zone. */
function dayIndexer(timeZone: string): (value: string | number) => number | null {
  // Zone offsets are whole quarter hours, so one lookup per quarter hour is exact and cheap.
  const cache = new Map<number, number>();
  return (value) => {
    if (typeof value === "string") return parseIsoDay(value);
    if (!Number.isFinite(value)) return null;
    if (timeZone === "UTC") return Math.floor(value / DAY_MS);
    const key = Math.floor(value / QUARTER_HOUR_MS);
    let day = cache.get(key);
    if (day === undefined) {
      const local = new TZDate(key * QUARTER_HOUR_MS, timeZone);
      day = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY_MS;
      cache.set(key, day);
    }
    return day;
  };
}

function describeDate(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

/**
 * Per-customer RFM summary in weeks, as Fader, Hardie & Lee (2005) define it: purchases on the
 * same calendar day are one transaction (their amounts summed), frequency counts the purchase
 * days after the first, recency and T run from the first purchase day. Customers whose first
 * purchase falls after the calibration end are not in the cohort and are left out.
 */
export function summarizeTransactions(transactions: readonly ClvTransaction[], options: SummarizeOptions): ClvOutcome<RfmSummary> {
  const toDay = dayIndexer(options.timeZone ?? "UTC");
  const fail = (message: string): ClvOutcome<RfmSummary> => ({ ok: false, error: { reason: "invalid_input", message } });

  const calDay = toDay(options.calibrationEnd);
  if (calDay === null) {
    return fail(`Calibration end ${describeDate(options.calibrationEnd)} is not a YYYY-MM-DD day or epoch milliseconds.`);
  }
  let endDay = calDay;
  if (options.observationEnd !== undefined) {
    const obsDay = toDay(options.observationEnd);
    if (obsDay === null || obsDay < calDay) {
      return fail(`Observation end ${describeDate(options.observationEnd)} must be a YYYY-MM-DD day or epoch milliseconds on or after the calibration end.`);
    }
    endDay = obsDay;
  }

  // Flattened [day, amount, day, amount, …] per customer keeps 10^6 rows cheap.
  const byCustomer = new Map<string, number[]>();
  for (let i = 0; i < transactions.length; i++) {
    const t = transactions[i];
    if (typeof t.customerId !== "string" || t.customerId === "") {
      return fail(`Transaction ${i + 1}: the customer id is empty; every row needs one.`);
    }
    const day = toDay(t.date);
    if (day === null) {
      return fail(`Transaction ${i + 1} (customer "${t.customerId}"): date ${describeDate(t.date)} is not a YYYY-MM-DD day or epoch milliseconds.`);
    }
    if (typeof t.amount !== "number" || !Number.isFinite(t.amount)) {
      return fail(`Transaction ${i + 1} (customer "${t.customerId}"): amount ${String(t.amount)} is not a number.`);
    }
    if (day > endDay) continue;
    const rows = byCustomer.get(t.customerId);
    if (rows) rows.push(day, t.amount);
    else byCustomer.set(t.customerId, [day, t.amount]);
  }

  const customers: CustomerRfm[] = [];
  for (const [customerId, rows] of byCustomer) {
    const days = mergeSameDay(rows);
    const first = days[0];
    if (first.day > calDay) continue;
    let frequency = 0;
    let last = first.day;
    let repeatSpend = 0;
    let holdoutPurchases = 0;
    for (let k = 1; k < days.length; k++) {
      if (days[k].day <= calDay) {
        frequency++;
        last = days[k].day;
        repeatSpend += days[k].amount;
      } else {
        holdoutPurchases++;
      }
    }
    customers.push({
      customerId,
      frequency,
      recency: (last - first.day) / 7,
      T: (calDay - first.day) / 7,
      monetary: frequency > 0 ? repeatSpend / frequency : 0,
      holdoutPurchases,
    });
  }
  const holdoutWeeks = options.observationEnd === undefined ? null : (endDay - calDay) / 7;
  return { ok: true, data: { customers, holdoutWeeks } };
}

function mergeSameDay(rows: number[]): { day: number; amount: number }[] {
  const pairs: { day: number; amount: number }[] = [];
  for (let i = 0; i < rows.length; i += 2) pairs.push({ day: rows[i], amount: rows[i + 1] });
  pairs.sort((u, v) => u.day - v.day);
  const merged: { day: number; amount: number }[] = [];
  for (const p of pairs) {
    const top = merged[merged.length - 1];
    if (top && top.day === p.day) top.amount += p.amount;
    else merged.push({ ...p });
  }
  return merged;
}
