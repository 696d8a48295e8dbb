"use client";

import { useFormatter } from "next-intl";

/** Number formats of the statistics panels, in the reader's locale. */
export function useStatFormat(currency: string) {
  const format = useFormatter();
  return {
    int: (v: number) => format.number(v, { maximumFractionDigits: 0 }),
    pct: (v: number | null, digits = 1) =>
      v === null ? "—" : format.number(v, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }),
    /** Rate difference in percentage points, signed: 0.063 → "+6.3". */
    points: (v: number) => format.number(v * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" }),
    signed: (v: number, digits = 2) => format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" }),
    num: (v: number | null, digits = 1) => (v === null ? "—" : format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    money: (v: number | null, digits = 2) =>
      v === null ? "—" : format.number(v, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
    /** A probability near certainty reads "> 99.9%", not a rounded "100.0%" it never reaches. */
    probability: (v: number) =>
      v > 0.999
        ? `> ${format.number(0.999, { style: "percent", minimumFractionDigits: 1 })}`
        : v < 0.001
          ? `< ${format.number(0.001, { style: "percent", minimumFractionDigits: 1 })}`
          : format.number(v, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    /** "= 0.19", "= 0.0002", "< 0.0001": enough digits to see which side of 0.05 it falls. */
    p: (v: number) =>
      v < 0.0001
        ? `< ${format.number(0.0001, { maximumFractionDigits: 4 })}`
        : `= ${format.number(v, { minimumFractionDigits: v < 0.1 ? 4 : 2, maximumFractionDigits: v < 0.1 ? 4 : 2 })}`,
  };
}
