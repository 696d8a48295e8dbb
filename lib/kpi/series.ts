import { kpisFromCounts, type KpiSet } from "./kpis";

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
/** `base.revenue` is customers' revenue before the first bucket (guest orders left out, as for LTV). */
export type SeriesCounts = { base: { revenue: number; customers: number; repeaters: number }; buckets: BucketCounts[] };
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
