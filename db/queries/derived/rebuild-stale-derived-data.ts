import type { Db } from "../../client";
import { DERIVED_VERSIONS, isFresh, type DerivedTable } from "./freshness";
import { refreshDerivedData } from "./refresh-derived-data";
import { refreshOfferHours } from "../offers/refresh-offer-hours";

/**
 * Rebuilds the derived data of every workspace with orders whose tables were built by another
 * version of the code (DERIVED_VERSIONS), or never (a database from before the record): a change to
 * the classification reaches every workspace when the server starts, with no hand-written backfill.
 * One transaction per workspace. Returns the workspaces rebuilt.
 */
export function rebuildStaleDerivedData(db: Db): number[] {
  const sqlite = db.$client;
  const withOrders = sqlite
    .prepare("SELECT w.id FROM workspaces w WHERE EXISTS (SELECT 1 FROM orders o WHERE o.workspace_id = w.id)")
    .pluck()
    .all() as number[];
  const tables = Object.keys(DERIVED_VERSIONS) as DerivedTable[];
  const stale = withOrders.filter((id) => tables.some((t) => !isFresh(sqlite, id, t)));
  for (const id of stale) {
    // offer_hours alone (a database from before it) is built alone: it reads the offers only.
    if (tables.every((t) => t === "offer_hours" || isFresh(sqlite, id, t))) sqlite.transaction(() => refreshOfferHours(db, id))();
    else refreshDerivedData(db, id, { customers: "all" });
  }
  return stale;
}
