import type Database from "better-sqlite3";
import type { Db } from "../../client";
import { monthBuckets } from "@/lib/time/month-buckets";
import { MonthIndex } from "@/lib/time/month-index";
import { MonthTallies } from "@/lib/kpi/tally-months";
import { getOrderTimeSpan } from "./get-order-time-span";
import { ensureWorkspaceState } from "../derived/workspace-state";

/** kpi_months and kpi_cohorts (db/schema/facts.ts) are only kept up to date for the time zone they were built in. */
export function kpiMonthsBuilt(sqlite: Database.Database, workspaceId: number): boolean {
  return (
    sqlite
      .prepare("SELECT s.kpi_months_timezone IS w.timezone FROM workspace_state s JOIN workspaces w ON w.id = s.workspace_id WHERE s.workspace_id = ?")
      .pluck()
      .get(workspaceId) === 1
  );
}

/**
 * Adds `sign` × the distinct counts of the months spanning [fromMs, toMs] (an order counts for its
 * month when its prev_* is before the month starts), and the cohort cells of those months, from the
 * counted orders of the customers in temp.scope_customers, or of every customer. One range of
 * order_facts_kpi_idx per month.
 */
export function addKpiMonths(sqlite: Database.Database, workspaceId: number, sign: 1 | -1, span: { fromMs: number; toMs: number }, scoped: boolean): void {
  const timeZone = sqlite.prepare("SELECT timezone FROM workspaces WHERE id = ?").pluck().get(workspaceId) as string;
  sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS kpi_month_spans (s INTEGER PRIMARY KEY, e INTEGER NOT NULL)");
  sqlite.exec("DELETE FROM temp.kpi_month_spans");
  const insert = sqlite.prepare("INSERT INTO temp.kpi_month_spans (s, e) VALUES (?, ?)");
  for (const m of monthBuckets(span.fromMs, span.toMs, timeZone)) insert.run(m.startMs, m.endMs);
  const count = (col: string) => `${sign} * coalesce(sum(f.${col} < m.s), 0)`;
  sqlite
    .prepare(
      `INSERT INTO kpi_months (workspace_id, start_ms, end_ms, active, cross, up, deep)
       SELECT ?, m.s, m.e, ${count("prev_at")}, ${count("prev_cross_at")}, ${count("prev_up_at")}, ${count("prev_deep_at")}
       FROM temp.kpi_month_spans m
       JOIN order_facts f ON f.workspace_id = ? AND f.counted = 1 AND f.ordered_at >= m.s AND f.ordered_at < m.e
         ${scoped ? "AND f.customer_id IN (SELECT id FROM temp.scope_customers)" : ""}
       GROUP BY m.s
       ON CONFLICT (workspace_id, start_ms) DO UPDATE SET active = active + excluded.active, cross = cross + excluded.cross,
         up = up + excluded.up, deep = deep + excluded.deep`,
    )
    .run(workspaceId, workspaceId);
  // Cohorts: a customer's cohort is the month of their first counted order (customer_facts, which must
  // be in the same state as the orders counted here); a customer counts once per month, at the order
  // whose prev_at is before the month.
  sqlite
    .prepare(
      `INSERT INTO kpi_cohorts (workspace_id, cohort_ms, month_ms, customers, revenue)
       SELECT ?, (SELECT max(c.s) FROM temp.kpi_month_spans c WHERE c.s <= cf.first_at) AS cohort, m.s,
              ${count("prev_at")}, ${sign} * sum(f.revenue)
       FROM temp.kpi_month_spans m
       JOIN order_facts f ON f.workspace_id = ? AND f.counted = 1 AND f.ordered_at >= m.s AND f.ordered_at < m.e
         ${scoped ? "AND f.customer_id IN (SELECT id FROM temp.scope_customers)" : ""}
       JOIN customer_facts cf ON cf.workspace_id = ? AND cf.customer_id = f.customer_id
       GROUP BY m.s, cohort
       ON CONFLICT (workspace_id, cohort_ms, month_ms) DO UPDATE SET customers = customers + excluded.customers,
         revenue = revenue + excluded.revenue`,
    )
    .run(workspaceId, workspaceId, workspaceId);
}

/** kpi_months and kpi_cohorts of the workspace from scratch, in its current time zone. */
export function rebuildKpiMonths(db: Db, workspaceId: number): void {
  resetKpiMonths(db.$client, workspaceId);
  const span = getOrderTimeSpan(db, workspaceId);
  if (span) addKpiMonths(db.$client, workspaceId, 1, { fromMs: span.lo, toMs: span.hi }, false);
}

/** Empties kpi_months and kpi_cohorts and marks them complete for the workspace's time zone (which
 * they are when no order is counted, or once every customer's tallies are added). */
export function resetKpiMonths(sqlite: Database.Database, workspaceId: number): void {
  sqlite.prepare("DELETE FROM kpi_months WHERE workspace_id = ?").run(workspaceId);
  sqlite.prepare("DELETE FROM kpi_cohorts WHERE workspace_id = ?").run(workspaceId);
  ensureWorkspaceState(sqlite, workspaceId);
  sqlite
    .prepare("UPDATE workspace_state SET kpi_months_timezone = (SELECT timezone FROM workspaces WHERE id = workspace_id) WHERE workspace_id = ?")
    .run(workspaceId);
}

/** Adds tallies made while classifying (lib/kpi/tally-months.ts). */
export function addMonthTallies(sqlite: Database.Database, workspaceId: number, tallies: MonthTallies): void {
  const month = sqlite.prepare(`INSERT INTO kpi_months (workspace_id, start_ms, end_ms, active, cross, up, deep) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (workspace_id, start_ms) DO UPDATE SET active = active + excluded.active, cross = cross + excluded.cross,
      up = up + excluded.up, deep = deep + excluded.deep`);
  for (const [startMs, m] of tallies.months) month.run(workspaceId, startMs, m.endMs, m.active, m.cross, m.up, m.deep);
  const cohort = sqlite.prepare(`INSERT INTO kpi_cohorts (workspace_id, cohort_ms, month_ms, customers, revenue) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (workspace_id, cohort_ms, month_ms) DO UPDATE SET customers = customers + excluded.customers, revenue = revenue + excluded.revenue`);
  for (const c of tallies.cohorts.values()) cohort.run(workspaceId, c.cohortMs, c.monthMs, c.customers, c.revenue);
}

/** Where the tallies of a refresh come from: the months of the workspace's time zone. */
export function newMonthTallies(sqlite: Database.Database, workspaceId: number): MonthTallies {
  return new MonthTallies(new MonthIndex(sqlite.prepare("SELECT timezone FROM workspaces WHERE id = ?").pluck().get(workspaceId) as string));
}
