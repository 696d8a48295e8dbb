import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { KpiFilters } from "@/lib/kpi/filters";
import type { Bucket } from "@/lib/kpi/period";
import type { SeriesCounts } from "@/lib/kpi/series";
import { customerFilterSql, factFilterSql } from "./kpi-filter-sql";

/** Per-bucket counts for the KPI series; lib/kpi/series.ts turns them into KPIs. The base row
 * carries history before the first bucket, so LTV and repeat rate start from the first order. */
export function getKpiSeriesCounts(db: Db, ws: number, buckets: Bucket[], filters: KpiFilters): SeriesCounts {
  if (buckets.length === 0) return { base: { revenue: 0, customers: 0, repeaters: 0 }, buckets: [] };
  const start = buckets[0].startMs;
  const end = buckets[buckets.length - 1].endMs;
  const where = factFilterSql(ws, filters);
  const values = sql.join(buckets.map((b) => sql`(${b.key}, ${b.startMs}, ${b.endMs})`), sql`, `);
  const customers = customerFilterSql(ws, filters);

  const rows = db.all<{
    key: string; active: number; cross: number; up: number; deep: number; orders: number; revenue: number | null;
    firsts: number; seconds: number; shown: number; accepted: number;
  }>(sql`
    WITH b(key, s, e) AS (VALUES ${values}),
    f AS (
      SELECT f.customer_id, f.ordered_at, f.revenue, f.cross_sell, f.upsell, f.deep_sell,
             row_number() OVER (PARTITION BY f.customer_id ORDER BY f.ordered_at, f.order_id) AS nth
      FROM order_facts f
      WHERE f.workspace_id = ${ws} AND f.counted AND f.ordered_at < ${end} ${where}
    ),
    per_bucket AS (
      SELECT b.key,
             count(DISTINCT f.customer_id) AS active,
             count(DISTINCT CASE WHEN f.cross_sell THEN f.customer_id END) AS cross,
             count(DISTINCT CASE WHEN f.upsell THEN f.customer_id END) AS up,
             count(DISTINCT CASE WHEN f.deep_sell THEN f.customer_id END) AS deep,
             count(f.customer_id) AS orders, sum(f.revenue) AS revenue,
             coalesce(sum(f.nth = 1), 0) AS firsts, coalesce(sum(f.nth = 2), 0) AS seconds
      FROM b LEFT JOIN f ON f.ordered_at >= b.s AND f.ordered_at < b.e
      GROUP BY b.key
    ),
    o AS (
      SELECT o.shown_at, o.accepted FROM offers o
      ${filters.campaign ? sql`JOIN campaigns k ON k.id = o.campaign_id AND k.campaign_key = ${filters.campaign}` : sql``}
      WHERE o.workspace_id = ${ws} AND o.shown_at >= ${start} AND o.shown_at < ${end}
        ${customers ? sql`AND o.customer_id IN (${customers})` : sql``}
    ),
    per_bucket_offers AS (
      SELECT b.key, count(o.shown_at) AS shown, coalesce(sum(o.accepted), 0) AS accepted
      FROM b LEFT JOIN o ON o.shown_at >= b.s AND o.shown_at < b.e GROUP BY b.key
    )
    SELECT p.*, po.shown, po.accepted FROM per_bucket p JOIN per_bucket_offers po ON po.key = p.key ORDER BY p.key`);

  const base = db.get<{ revenue: number | null; customers: number; repeaters: number }>(sql`
    SELECT sum(revenue) AS revenue, count(*) AS customers, coalesce(sum(n >= 2), 0) AS repeaters FROM (
      SELECT f.customer_id, sum(f.revenue) AS revenue, count(*) AS n FROM order_facts f
      WHERE f.workspace_id = ${ws} AND f.counted AND f.ordered_at < ${start} ${where}
      GROUP BY f.customer_id)`);

  return {
    base: { revenue: base.revenue ?? 0, customers: base.customers, repeaters: base.repeaters },
    buckets: rows.map((r) => ({ ...r, revenue: r.revenue ?? 0 })),
  };
}
