import { SQL, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { HOUR_MS } from "../../schema";
import { customerRevenueSql } from "./customer-revenue-sql";
import { kpisFromCounts, windowKpis, type KpiSet, type WindowKpiSet } from "@/lib/kpi/kpis";
import { currentFilters, customerFilterSql, orderRowsOf, type OrderRows, type ResolvedFilters } from "./kpi-filter-sql";
import { countViewOffers } from "./count-view-offers";
import { isHourAligned } from "./is-hour-aligned";
import { connectionMemo } from "../../sqlite/connection-memo";

type Range = { startMs: number; endMs: number };
type InPeriod = { active: number; cross: number; up: number; deep: number; orders: number; revenue: number };
export type ToEnd = { customers: number; repeaters: number; revenue: number };

/** Every KPI of the view for one period [startMs, endMs); LTV and repeat purchase rate run from
 * the first order in the data up to the period's end. `toEnd`: that history as the caller has already
 * read it from the same rows (the overview's series reads it up to its start, where the previous
 * period ends); under a filter it is then not read again. */
export function getKpis(db: Db, workspaceId: number, period: Range, filters: ResolvedFilters, opts: { toEnd?: ToEnd } = {}): KpiSet {
  return countKpis(db, workspaceId, period, filters, opts.toEnd ?? true);
}

/** The KPIs of what happened within [startMs, endMs) (before/after a campaign): without the cumulative
 * ones, whose history to the window's end is the costliest read of a filtered view. */
export function getWindowKpis(db: Db, workspaceId: number, period: Range, filters: ResolvedFilters): WindowKpiSet {
  return windowKpis(countKpis(db, workspaceId, period, filters, false));
}

function countKpis(db: Db, workspaceId: number, period: Range, given: ResolvedFilters, withHistory: boolean | ToEnd): KpiSet {
  const filters = currentFilters(db, given);
  const customers = customerFilterSql(workspaceId, filters);
  // A channel or category filter changes which orders count, so also which order is a customer's
  // first or previous one: its rows carry their own seq and prev_*, and kpi_hours does not apply.
  // A view's resolved filters give the rows of its customers too.
  const rows = orderRowsOf(db, workspaceId, filters);
  // Only the history to the period's end sums customers' revenue (lifetime value); the caller may have it.
  const history = typeof withHistory === "object" ? withHistory : withHistory ? customerRevenueSql(db, workspaceId) : null;
  const counts = rows
    ? countFromRows(db, period, rows, rows.customers ? null : customers, history, filters)
    : !customers && isHourAligned(period)
      ? countFromHours(db, workspaceId, period)
      : countFromRows(db, period, factRows(workspaceId, customers), null, history);

  const offers = countViewOffers(db, workspaceId, filters, period);

  return kpisFromCounts({
    ...counts.inPeriod,
    customersToEnd: counts.toEnd.customers,
    repeaters: counts.toEnd.repeaters,
    revenueToEnd: counts.toEnd.revenue,
    shown: offers.shown,
    accepted: offers.accepted,
  });
}

const NO_HISTORY: ToEnd = { customers: 0, repeaters: 0, revenue: 0 };

/** Distinct customers as "orders in [s, e) whose previous (flagged) order is before s"; `as` names
 * the four counts (active, cross, up, deep). */
export function distinctInRangeSql(s: number | SQL, as: readonly [string, string, string, string] = ["active", "cross", "up", "deep"]): SQL {
  const [active, cross, up, deep] = as.map((name) => sql.identifier(name));
  return sql`coalesce(sum(f.prev_at < ${s}), 0) AS ${active}, coalesce(sum(f.prev_cross_at < ${s}), 0) AS ${cross},
             coalesce(sum(f.prev_up_at < ${s}), 0) AS ${up}, coalesce(sum(f.prev_deep_at < ${s}), 0) AS ${deep}`;
}

/** Unfiltered, hour-aligned: totals from kpi_hours; distinct counts as
 * #(prev < s) - #(ordered_at < s) - #(ordered_at >= e and prev < s), or a scan of the period when that is shorter.
 * Guest orders have no prev: #(ordered_at < s) counts customers' orders only. */
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
           coalesce(sum(CASE WHEN hour < ${e} THEN revenue - guest_revenue END), 0) AS revenueToEnd,
           coalesce(sum(CASE WHEN hour < ${s} THEN active_p - (orders - guest_orders) END), 0) AS a0,
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

/** A segment or campaign (a set of customers), or a period not on whole hours: order_facts as the
 * view's rows, driven by the customers when there are some (order_facts_customer_idx covers the scans). */
function factRows(workspaceId: number, customers: SQL | null): OrderRows {
  return customers
    ? { from: sql`(${customers}) AS sc CROSS JOIN order_facts`, where: sql`f.customer_id = sc.id AND f.counted = 1`, customers: true, inTemp: false }
    : { from: sql`order_facts`, where: sql`f.workspace_id = ${workspaceId} AND f.counted = 1`, customers: true, inTemp: false };
}

/** The view's order rows (OrderRows: a channel or category, or a view's resolved customers), for a set
 * of customers when they are not applied yet. Two scans: one of the period, one of the history to its
 * end with three sums (one scan with every sum conditional costs more per row than both together).
 * `history` is that scan's sum of customers' revenue (customerRevenueSql), null for no history, or the
 * history itself when the caller has it. */
function countFromRows(
  db: Db,
  p: Range,
  rows: OrderRows,
  customers: SQL | null,
  history: SQL | ToEnd | null,
  filters?: ResolvedFilters,
): { inPeriod: InPeriod; toEnd: ToEnd } {
  const only = onlyCustomersSql(customers);
  const inPeriod = db.get<InPeriod>(sql`
    SELECT ${distinctInRangeSql(p.startMs)}, count(*) AS orders, coalesce(sum(f.revenue), 0) AS revenue
    FROM ${rows.from} f WHERE ${rows.where} AND f.ordered_at >= ${p.startMs} AND f.ordered_at < ${p.endMs} ${only}`);
  if (!history) return { inPeriod, toEnd: NO_HISTORY };
  if (!(history instanceof SQL)) return { inPeriod, toEnd: history };
  return { inPeriod, toEnd: historyBefore(db, p.endMs, rows, customers, history, filters) };
}

/** `AND …` keeping a view's rows to a set of customers (a segment or campaign not applied to them yet), or nothing. */
export const onlyCustomersSql = (customers: SQL | null): SQL => (customers ? sql`AND f.customer_id IN (${customers})` : sql``);

// Per connection: a resolved filter's history before an instant, by data state.
const keptHistory = connectionMemo<ToEnd>(256);

/**
 * The view's history before `t` from its rows (customers by their first order, repeaters by their
 * second, customers' revenue by `revenue`, customerRevenueSql): the scan of every row before `t`. Under
 * resolved filters it is kept for their data state, so the next view under them that ends (or whose
 * series starts) at `t` does not read it again: every preset ends at the end of the data.
 */
export function historyBefore(db: Db, t: number, rows: OrderRows, customers: SQL | null, revenue: SQL, filters?: ResolvedFilters): ToEnd {
  const only = onlyCustomersSql(customers);
  const read = () =>
    db.get<ToEnd>(sql`
      SELECT coalesce(sum(f.seq = 1), 0) AS customers, coalesce(sum(f.seq = 2), 0) AS repeaters, coalesce(${revenue}, 0) AS revenue
      FROM ${rows.from} f WHERE ${rows.where} AND f.ordered_at < ${t} ${only}`);
  // Kept only for the rows the filters resolved to, whole: other rows or a further restriction would
  // need their own key.
  if (filters?.dataKey === undefined || rows !== filters.orderRows || customers) return read();
  const { dataKey, segment, campaign, channel, category } = filters;
  return keptHistory(db.$client, JSON.stringify([dataKey, segment, campaign ?? null, channel ?? null, category ?? null, t]), read);
}
