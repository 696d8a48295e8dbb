/** The KPIs of docs/kpis.md, each reported with its numerator and denominator. */
export const KPI_IDS = ["crossSellRatio", "upsellRatio", "deepSellRatio", "aov", "ltv", "repeatPurchaseRate", "offerConversion"] as const;
export type KpiId = (typeof KPI_IDS)[number];
export type KpiValue = { value: number | null; numerator: number; denominator: number };
export type KpiSet = Record<KpiId, KpiValue>;

export const MONEY_KPIS: readonly KpiId[] = ["aov", "ltv"];
/** KPIs counted from the first order in the data to the end of the view: they grow with time, so a
 * window after a campaign shows them higher whatever it did. Left out of before/after. */
export const CUMULATIVE_KPIS = ["ltv", "repeatPurchaseRate"] as const satisfies readonly KpiId[];
export type WindowKpiId = Exclude<KpiId, (typeof CUMULATIVE_KPIS)[number]>;
/** The KPIs of what happened within a window (before/after a campaign): every KPI but the cumulative ones. */
export const WINDOW_KPI_IDS = KPI_IDS.filter((id): id is WindowKpiId => !(CUMULATIVE_KPIS as readonly KpiId[]).includes(id));
export type WindowKpiSet = Record<WindowKpiId, KpiValue>;

/** The window KPIs of a set, without the cumulative ones (a set kept with them stays readable). */
export function windowKpis(k: WindowKpiSet): WindowKpiSet {
  return Object.fromEntries(WINDOW_KPI_IDS.map((id) => [id, k[id]])) as WindowKpiSet;
}

/** A value with a zero denominator is null: there is nothing to divide. */
export function kpi(numerator: number, denominator: number): KpiValue {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/** The change of a ratio in percentage points (as a fraction: 0.032 is 3.2 points), null when it
 * cannot be computed. Ratios are compared this way: 77.4% → 74.2% is −3.2 points, not −4.1%. */
export function pointsChange(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

/** Relative change from `before` to `after`, null when it cannot be computed. */
export function change(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return (after - before) / Math.abs(before);
}

/** The counts behind every KPI of one view (a period, a bucket or a segment). "ToEnd" counts run
 * from the first order in the data to the view's end. */
export type KpiCounts = {
  active: number;
  cross: number;
  up: number;
  deep: number;
  orders: number;
  revenue: number;
  customersToEnd: number;
  repeaters: number;
  revenueToEnd: number;
  shown: number;
  accepted: number;
};

// Every key of KpiCounts, checked by the compiler both ways.
const COUNT_KEYS = Object.keys({
  active: 1,
  cross: 1,
  up: 1,
  deep: 1,
  orders: 1,
  revenue: 1,
  customersToEnd: 1,
  repeaters: 1,
  revenueToEnd: 1,
  shown: 1,
  accepted: 1,
} satisfies Record<keyof KpiCounts, 1>) as (keyof KpiCounts)[];

/** Counts of nobody, to add into. */
export function zeroKpiCounts(): KpiCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as KpiCounts;
}

/** Adds `c` into `into`: counts of disjoint customer groups add up (a segment's spellings, say). */
export function addKpiCounts(into: KpiCounts, c: KpiCounts): void {
  for (const k of COUNT_KEYS) into[k] += c[k];
}

export function kpisFromCounts(c: KpiCounts): KpiSet {
  return {
    crossSellRatio: kpi(c.cross, c.active),
    upsellRatio: kpi(c.up, c.active),
    deepSellRatio: kpi(c.deep, c.active),
    aov: kpi(c.revenue, c.orders),
    ltv: kpi(c.revenueToEnd, c.customersToEnd),
    repeatPurchaseRate: kpi(c.repeaters, c.customersToEnd),
    offerConversion: kpi(c.accepted, c.shown),
  };
}
