import { kpisFromCounts, type KpiCounts, type KpiSet } from "./kpis";

export type BucketCounts = {
  key: string;
  active: number;
  cross: number;
  up: number;
  deep: number;
  orders: number;
  revenue: number;
  customerRevenue: number; // of which customers' orders (not guest checkouts): what lifetime value adds up
  firsts: number; // customers whose first counted order falls in the bucket
  seconds: number; // customers whose second counted order falls in the bucket
  shown: number;
  accepted: number;
};
/** `base.revenue` is customers' revenue before the first bucket (guest orders left out, as for LTV).
 * `whole`, when the buckets run on from one another: the distinct customers of all of them together
 * [startMs, endMs), counted in the same reads (orders whose previous one is before startMs). */
export type SeriesCounts = {
  base: { revenue: number; customers: number; repeaters: number };
  buckets: BucketCounts[];
  whole?: { startMs: number; endMs: number; active: number; cross: number; up: number; deep: number };
};
export type SeriesPoint = { key: string } & KpiSet;

/** KPIs per bucket. LTV and repeat purchase rate are "up to the bucket's end", so they add the
 * history before the first bucket and every earlier bucket. */
export function shapeSeries({ base, buckets }: SeriesCounts): SeriesPoint[] {
  let revenue = base.revenue;
  let customers = base.customers;
  let repeaters = base.repeaters;
  return buckets.map((b) => {
    revenue += b.customerRevenue;
    customers += b.firsts;
    repeaters += b.seconds;
    return { key: b.key, ...kpisFromCounts({ ...b, customersToEnd: customers, repeaters, revenueToEnd: revenue }) };
  });
}

/** The counts of the whole span the series covers (its `whole`), as the card of that period counts them:
 * the buckets' orders, revenue and offers added up, the history to the span's end as the last bucket
 * has it; null when the series did not count its distinct customers over the whole span. Counts are
 * exact; revenue is the buckets' sums added here, so it may differ from one SQL sum in the last digits. */
export function wholeCounts({ base, buckets, whole }: SeriesCounts): KpiCounts | null {
  if (!whole) return null;
  const c: KpiCounts = {
    active: whole.active,
    cross: whole.cross,
    up: whole.up,
    deep: whole.deep,
    orders: 0,
    revenue: 0,
    customersToEnd: base.customers,
    repeaters: base.repeaters,
    revenueToEnd: base.revenue,
    shown: 0,
    accepted: 0,
  };
  for (const b of buckets) {
    c.orders += b.orders;
    c.revenue += b.revenue;
    c.customersToEnd += b.firsts;
    c.repeaters += b.seconds;
    c.revenueToEnd += b.customerRevenue;
    c.shown += b.shown;
    c.accepted += b.accepted;
  }
  return c;
}
