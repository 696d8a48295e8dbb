"use client";

import { useFormatter } from "next-intl";
import { MONEY_KPIS, type KpiId } from "@/lib/kpi/kpis";

/** Ratios as percentages, money in the workspace currency, counts as integers, per locale. */
export function useKpiFormat(currency: string) {
  const format = useFormatter();
  const money = (v: number, digits = 2) => format.number(v, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  return {
    value: (id: KpiId, v: number | null) =>
      v === null ? "—" : MONEY_KPIS.includes(id) ? money(v) : format.number(v, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    numerator: (id: KpiId, v: number) => (MONEY_KPIS.includes(id) ? money(v) : format.number(v)),
    count: (v: number) => format.number(v),
    change: (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", signDisplay: "exceptZero", maximumFractionDigits: 1 })),
    /** A ratio's change in percentage points (0.032 → "+3.2"); the caller adds the unit. */
    points: (v: number | null) =>
      v === null ? "—" : format.number(v * 100, { signDisplay: "exceptZero", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    axis: (id: KpiId, v: number, decimals = 0) =>
      MONEY_KPIS.includes(id) ? money(v, 0) : format.number(v, { style: "percent", minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  };
}
