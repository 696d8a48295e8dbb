"use client";

import { useFormatter } from "next-intl";

/** How the rules' measures read, per locale: shares as percents, ratios to two decimals, tiny p-values
 * in scientific notation, money in the workspace currency. */
export function useRuleFormat(currency: string) {
  const format = useFormatter();
  return {
    count: (v: number) => format.number(v),
    share: (v: number, digits = 2) => format.number(v, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }),
    ratio: (v: number | null) => (v === null ? "∞" : format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
    probability: (v: number) =>
      v !== 0 && v < 0.001 ? format.number(v, { notation: "scientific", maximumFractionDigits: 1 }) : format.number(v, { maximumFractionDigits: 3 }),
    money: (v: number) => format.number(v, { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}

export type RuleFormat = ReturnType<typeof useRuleFormat>;
