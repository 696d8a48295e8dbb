import type Database from "better-sqlite3";

/**
 * Derived tables whose completeness is recorded in derived_freshness, with the version of the code
 * that builds them. Raise a version when what the table holds changes: every workspace's table is
 * then stale, its readers compute from the data, and the next refresh builds it for every customer
 * (no hand-written backfill).
 */
export const DERIVED_VERSIONS = {
  // What refreshOrderFacts writes from each customer's orders: order_facts (the classification of
  // lib/kpi/classify-orders.ts), kpi_hours, kpi_months, kpi_cohorts, customer_facts, basket_chunks.
  order_facts: 1,
  order_slice_facts: 1,
  // Offers shown and accepted per hour (refreshOfferHours).
  offer_hours: 1,
} as const;
export type DerivedTable = keyof typeof DERIVED_VERSIONS;

/** Whether the workspace's table was built completely by this version of the code. */
export function isFresh(sqlite: Database.Database, workspaceId: number, table: DerivedTable): boolean {
  const v = sqlite.prepare("SELECT code_version FROM derived_freshness WHERE workspace_id = ? AND name = ?").pluck().get(workspaceId, table);
  return v === DERIVED_VERSIONS[table];
}

/** Records that the workspace's table was just built completely by this version of the code. */
export function markFresh(sqlite: Database.Database, workspaceId: number, table: DerivedTable): void {
  sqlite
    .prepare(
      `INSERT INTO derived_freshness (workspace_id, name, code_version) VALUES (?, ?, ?)
       ON CONFLICT (workspace_id, name) DO UPDATE SET code_version = excluded.code_version`,
    )
    .run(workspaceId, table, DERIVED_VERSIONS[table]);
}

/** Everything a computed answer depends on besides its query: the workspace's data version (every
 * change to its data raises it), its time zone, and which derived tables are current. For results kept
 * on a connection between views (keepTempTable, the filtered before/after windows): a change to any
 * gives a new key, so nothing computed before it is read again. */
export function dataStateKey(sqlite: Database.Database, workspaceId: number): string {
  const row = sqlite
    .prepare(
      `SELECT w.id, s.data_version, s.offer_facts_version, w.timezone,
              (SELECT group_concat(name || '=' || code_version) FROM derived_freshness WHERE workspace_id = w.id)
       FROM workspaces w LEFT JOIN workspace_state s ON s.workspace_id = w.id WHERE w.id = ?`,
    )
    .raw()
    .get(workspaceId);
  return JSON.stringify(row ?? workspaceId);
}
