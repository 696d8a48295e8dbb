import type Database from "better-sqlite3";
import type { Db } from "../../client";
import { DeferredIndexes } from "../../sqlite/deferred-indexes";
import { bumpDataVersion } from "./bump-data-version";

// Children before parents, so foreign keys never see an orphan.
const DATA_TABLES = [
  "import_formats",
  "import_changes",
  "feedback",
  "offers",
  "campaigns",
  "campaign_facts",
  "rfm_facts",
  "kpi_hours",
  "offer_hours",
  "kpi_months",
  "kpi_cohorts",
  "customer_facts",
  "customer_offer_facts",
  "offer_funnel_facts",
  "basket_chunks",
  "derived_freshness",
  "fact_slices", // after its order_slice_facts rows (below: they have no workspace_id)
  "order_facts",
  "order_lines",
  "orders",
  "customer_attributes",
  "customers",
  "products",
  "imports",
];

/** Deletes every data row of one workspace (members, invites and settings stay). Runs inside
 * the caller's transaction when there is one. */
export function clearWorkspaceData(db: Db, workspaceId: number): void {
  const sqlite = db.$client;
  // Not left to the foreign key: an import turns SQLite's foreign-key checks off.
  sqlite.prepare("DELETE FROM order_slice_facts WHERE slice_id IN (SELECT id FROM fact_slices WHERE workspace_id = ?)").run(workspaceId);
  for (const table of DATA_TABLES) deleteWorkspaceRows(sqlite, table, workspaceId);
  bumpDataVersion(db, workspaceId);
}

/**
 * One table's rows of the workspace. Deleting a row deletes its entry from each of the table's indexes
 * at random; when the workspace's rows are most of the table (a large shop clearing its data), the
 * indexes are dropped first and built again over the rows left (DeferredIndexes), in this transaction.
 */
function deleteWorkspaceRows(sqlite: Database.Database, table: string, workspaceId: number): void {
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").pluck().all(table) as string[];
  const rows = names.length ? (sqlite.prepare(`SELECT count(*) FROM "${table}" WHERE workspace_id = ?`).pluck().get(workspaceId) as number) : 0;
  const indexes = new DeferredIndexes(sqlite, names, names.length ? (sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) - rows : 0);
  indexes.check(rows);
  sqlite.prepare(`DELETE FROM "${table}" WHERE workspace_id = ?`).run(workspaceId);
  indexes.restore();
}
