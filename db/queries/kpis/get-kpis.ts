import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { isControlSql } from "../campaigns/control-variant-sql";
import { HOUR_MS } from "../../schema";
import type { KpiFilters } from "@/lib/kpi/filters";
import { kpisFromCounts, type KpiSet } from "@/lib/kpi/kpis";
import { customerFilterSql, factFilterSql } from "./kpi-filter-sql";

type Range = { startMs: number; endMs: number };
type InPeriod = { active: number; cross: number; up: number; deep: number; orders: number; revenue: number };
type ToEnd = { customers: number; repeaters: number; revenue: number };

/** Every KPI of the view for one period [startMs, endMs); LTV and repeat purchase rate run from
 * the first order in the data up to the period's end. */
export function getKpis(db: Db, workspaceId: number, period: Range, filters: KpiFilters): KpiSet {
  const customers = customerFilterSql(workspaceId, filters);
  // A channel or category filter changes which orders count, so also which order is a customer's
  // first or previous one: the derived prev_* columns and kpi_hours do not apply.
  const counts =
    filters.channel || filters.category
      ? countFromFacts(db, workspaceId, period, factFilterSql(workspaceId, filters))
      : !customers && isHourAligned(period)
        ? countFromHours(db, workspaceId, period)
        : countFromPrev(db, workspaceId, period, customers);

  const offers = db.get<{ shown: number; accepted: number | null }>(sql`
    SELECT count(*) AS shown, sum(o.accepted) AS accepted
    FROM offers o ${filters.campaign ? sql`JOIN campaigns k ON k.id = o.campaign_id AND k.campaign_key = ${filters.campaign}` : sql``}
    WHERE o.workspace_id = ${workspaceId} AND o.shown_at >= ${period.startMs} AND o.shown_at < ${period.endMs}
      AND NOT ${isControlSql} -- holdout rows were never shown an offer (lib/campaigns/control-variants.ts)
      ${customers ? sql`AND o.customer_id IN (${customers})` : sql``}`);

  return kpisFromCounts({
    ...counts.inPeriod,
    customersToEnd: counts.toEnd.customers,
    repeaters: counts.toEnd.repeaters,
    revenueToEnd: counts.toEnd.revenue,
    shown: offers.shown,
    accepted: offers.accepted ?? 0,
  });
}

/** Local midnights are whole UTC hours in whole-hour time zones; elsewhere the scans are used. */
export function isHourAligned(r: Range): boolean {
  return r.startMs % HOUR_MS === 0 && r.endMs % HOUR_MS === 0;
}

/** Distinct customers as "orders in [s, e) whose previous (flagged) order is before s". */
export function distinctInRangeSql(s: number | SQL): SQL {
  return sql`coalesce(sum(f.prev_at < ${s}), 0) AS active, coalesce(sum(f.prev_cross_at < ${s}), 0) AS cross,
             coalesce(sum(f.prev_up_at < ${s}), 0) AS up, coalesce(sum(f.prev_deep_at < ${s}), 0) AS deep`;
}

/** Unfiltered, hour-aligned: totals from kpi_hours; distinct counts as
 * #(prev < s) - #(ordered_at < s) - #(ordered_at >= e and prev < s), or a scan of the period when that is shorter. */
function countFromHours(db: Db, workspaceId: number, p: Range): { inPeriod: InPeriod; toEnd: ToEnd } {
  const s = p.startMs / HOUR_MS;
  const e = p.endMs / HOUR_MS;
  const h = db.get<
    InPeriod & { after: number; customers: number; repeaters: number; revenueToEnd: number; a0: number; c0: number; u0: number; d0: number }
  >(sql`
    SELECT coalesce(sum(CASE WHEN hour >= ${s} AND hour < ${e} THEN orders END), 0) AS orders,
           coalesce(sum(CASE WHEN hour >= ${s} AND hour < ${e} THEN revenue END), 0) AS revenue,
           coalesce(sum(CASE WHEN hour >= ${e} THEN orders END), 0) AS after,
           coalesce(sum(CASE WHEN hour < ${e} THEN firsts END), 0) AS customers,
           coalesce(sum(CASE WHEN hour < ${e} THEN seconds END), 0) AS repeaters,
           coalesce(sum(CASE WHEN hour < ${e} THEN revenue END), 0) AS revenueToEnd,
           coalesce(sum(CASE WHEN hour < ${s} THEN active_p - orders END), 0) AS a0,
           coalesce(sum(CASE WHEN hour < ${s} THEN cross_p - cross_n END), 0) AS c0,
           coalesce(sum(CASE WHEN hour < ${s} THEN up_p - up_n END), 0) AS u0,
           coalesce(sum(CASE WHEN hour < ${s} THEN deep_p - deep_n END), 0) AS d0
    FROM kpi_hours WHERE workspace_id = ${workspaceId}`);
  let distinct: Pick<InPeriod, "active" | "cross" | "up" | "deep">;
  if (h.orders <= h.after) {
    distinct = db.get(sql`SELECT ${distinctInRangeSql(p.startMs)} FROM order_facts f
      WHERE f.workspace_id = ${workspaceId} AND f.counted = 1 AND f.ordered_at >= ${p.startMs} AND f.ordered_at < ${p.endMs}`);
  } else {
    const g = db.get<typeof distinct>(sql`SELECT ${distinctInRangeSql(p.startMs)} FROM order_facts f
      WHERE f.workspace_id = ${workspaceId} AND f.counted = 1 AND f.ordered_at >= ${p.endMs}`);
    distinct = { active: h.a0 - g.active, cross: h.c0 - g.cross, up: h.u0 - g.up, deep: h.d0 - g.deep };
  }
  return {
    inPeriod: { ...distinct, orders: h.orders, revenue: h.revenue },
    toEnd: { customers: h.customers, repeaters: h.repeaters, revenue: h.revenueToEnd },
  };
}

/** A segment or campaign (a set of customers), or a period not on whole hours: scans of order_facts,
 * for a set of customers driven by the customers (order_facts_customer_idx covers the scan). */
function countFromPrev(db: Db, workspaceId: number, p: Range, customers: SQL | null): { inPeriod: InPeriod; toEnd: ToEnd } {
  const from = customers ? sql`(${customers}) AS sc CROSS JOIN order_facts f` : sql`order_facts f`;
  const only = customers ? sql`AND f.customer_id = sc.id` : sql`AND f.workspace_id = ${workspaceId}`;
  const inPeriod = db.get<InPeriod>(sql`
    SELECT ${distinctInRangeSql(p.startMs)}, count(*) AS orders, coalesce(sum(f.revenue), 0) AS revenue
    FROM ${from} WHERE f.counted = 1 AND f.ordered_at >= ${p.startMs} AND f.ordered_at < ${p.endMs} ${only}`);
  const toEnd = db.get<ToEnd>(sql`
    SELECT coalesce(sum(f.seq = 1), 0) AS customers, coalesce(sum(f.seq = 2), 0) AS repeaters, coalesce(sum(f.revenue), 0) AS revenue
    FROM ${from} WHERE f.counted = 1 AND f.ordered_at < ${p.endMs} ${only}`);
  return { inPeriod, toEnd };
}

/** Channel or category filters: the definitions straight from the filtered orders. */
function countFromFacts(db: Db, workspaceId: number, period: Range, where: SQL): { inPeriod: InPeriod; toEnd: ToEnd } {
  const inPeriod = db.get<{ active: number; cross: number; up: number; deep: number; orders: number; revenue: number | null }>(sql`
    SELECT count(DISTINCT f.customer_id) AS active,
           count(DISTINCT CASE WHEN f.cross_sell THEN f.customer_id END) AS cross,
           count(DISTINCT CASE WHEN f.upsell THEN f.customer_id END) AS up,
           count(DISTINCT CASE WHEN f.deep_sell THEN f.customer_id END) AS deep,
           count(*) AS orders, sum(f.revenue) AS revenue
    FROM order_facts f
    WHERE f.workspace_id = ${workspaceId} AND f.counted AND f.ordered_at >= ${period.startMs} AND f.ordered_at < ${period.endMs} ${where}`);

  const upToEnd = db.get<{ customers: number; repeaters: number; revenue: number | null }>(sql`
    SELECT count(*) AS customers, coalesce(sum(n >= 2), 0) AS repeaters, sum(revenue) AS revenue FROM (
      SELECT f.customer_id, count(*) AS n, sum(f.revenue) AS revenue
      FROM order_facts f
      WHERE f.workspace_id = ${workspaceId} AND f.counted AND f.ordered_at < ${period.endMs} ${where}
      GROUP BY f.customer_id)`);
  return {
    inPeriod: { ...inPeriod, revenue: inPeriod.revenue ?? 0 },
    toEnd: { customers: upToEnd.customers, repeaters: upToEnd.repeaters, revenue: upToEnd.revenue ?? 0 },
  };
}
