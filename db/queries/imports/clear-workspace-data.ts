import type { Db } from "../../client";
import { bulkDelete } from "../../sqlite/bulk-delete";
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
  // A large shop's rows are most of each table: bulkDelete builds the indexes again over the rest.
  for (const table of DATA_TABLES) bulkDelete(sqlite, table, "workspace_id = ?", [workspaceId]);
  bumpDataVersion(db, workspaceId);
}
