"use client";

import { useFormatter } from "next-intl";

/** The customers page's formats: the workspace's currency and time zone, the reader's locale. */
export function useCustomerFormat(currency: string, timeZone = "UTC") {
  const format = useFormatter();
  return {
    money: (v: number | null, digits = 0) =>
      v === null ? "—" : format.number(v, { style: "currency", currency, maximumFractionDigits: digits, minimumFractionDigits: digits }),
    compactMoney: (v: number) =>
      format.number(v, { style: "currency", currency, notation: "compact", maximumFractionDigits: v !== 0 && Math.abs(v) < 10 ? 1 : 0 }),
    percent: (v: number | null, digits = 1) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: digits })),
    count: (v: number) => format.number(v),
    decimal: (v: number | null, digits = 2) => (v === null ? "—" : format.number(v, { maximumFractionDigits: digits, minimumFractionDigits: digits })),
    day: (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    /** An instant as a day in the workspace's time zone. */
    instant: (ms: number) => format.dateTime(new Date(ms), { dateStyle: "medium", timeZone }),
    month: (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" }),
  };
}
