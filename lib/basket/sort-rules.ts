import type { RuleSort } from "./products-query";

type Sortable = { support: number; confidence: number; lift: number; leverage: number };

/** Rules by the chosen measure, descending; ties by lift, then support, as mineRules orders them. */
export function sortRules<T extends Sortable>(rules: readonly T[], by: RuleSort): T[] {
  return [...rules].sort((a, b) => b[by] - a[by] || b.lift - a.lift || b.support - a.support);
}
