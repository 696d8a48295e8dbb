import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { KpiFilters } from "@/lib/kpi/filters";
import { kpisFromCounts, type KpiSet } from "@/lib/kpi/kpis";
import { customerFilterSql, factFilterSql } from "./kpi-filter-sql";

type Range = { startMs: number; endMs: number };

/** Every KPI of the view for one period [startMs, endMs); LTV and repeat purchase rate run from
 * the first order in the data up to the period's end. */
export function getKpis(db: Db, ws: number, period: Range, filters: KpiFilters): KpiSet {
  const where = factFilterSql(ws, filters);
  const inPeriod = db.get<{ active: number; cross: number; up: number; deep: number; orders: number; revenue: number | null }>(sql`
    SELECT count(DISTINCT f.customer_id) AS active,
           count(DISTINCT CASE WHEN f.cross_sell THEN f.customer_id END) AS cross,
           count(DISTINCT CASE WHEN f.upsell THEN f.customer_id END) AS up,
           count(DISTINCT CASE WHEN f.deep_sell THEN f.customer_id END) AS deep,
           count(*) AS orders, sum(f.revenue) AS revenue
    FROM order_facts f
    WHERE f.workspace_id = ${ws} AND f.counted AND f.ordered_at >= ${period.startMs} AND f.ordered_at < ${period.endMs} ${where}`);

  const upToEnd = db.get<{ customers: number; repeaters: number; revenue: number | null }>(sql`
    SELECT count(*) AS customers, coalesce(sum(n >= 2), 0) AS repeaters, sum(revenue) AS revenue FROM (
      SELECT f.customer_id, count(*) AS n, sum(f.revenue) AS revenue
      FROM order_facts f
      WHERE f.workspace_id = ${ws} AND f.counted AND f.ordered_at < ${period.endMs} ${where}
      GROUP BY f.customer_id)`);

  const customers = customerFilterSql(ws, filters);
  const offers = db.get<{ shown: number; accepted: number | null }>(sql`
    SELECT count(*) AS shown, sum(o.accepted) AS accepted
    FROM offers o ${filters.campaign ? sql`JOIN campaigns k ON k.id = o.campaign_id AND k.campaign_key = ${filters.campaign}` : sql``}
    WHERE o.workspace_id = ${ws} AND o.shown_at >= ${period.startMs} AND o.shown_at < ${period.endMs}
      ${customers ? sql`AND o.customer_id IN (${customers})` : sql``}`);

  return kpisFromCounts({
    ...inPeriod,
    revenue: inPeriod.revenue ?? 0,
    customersToEnd: upToEnd.customers,
    repeaters: upToEnd.repeaters,
    revenueToEnd: upToEnd.revenue ?? 0,
    shown: offers.shown,
    accepted: offers.accepted ?? 0,
  });
}
