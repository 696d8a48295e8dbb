import type { Db } from "../../client";
import { DERIVED_VERSIONS, isFresh, type DerivedTable } from "./freshness";
import { refreshDerivedData } from "./refresh-derived-data";
import { refreshOfferHours } from "../offers/refresh-offer-hours";
import { kpiMonthsBuilt } from "../kpis/kpi-months";

/**
 * Rebuilds the derived data of every workspace with orders whose tables were built by another
 * version of the code (DERIVED_VERSIONS), or never (a database from before the record), or whose
 * month tables are in another time zone's calendar than the workspace's: a change to
 * the classification reaches every workspace when the server starts, with no hand-written backfill.
 * One transaction per workspace. `dataOf` gives a workspace's data (db/store.ts); in a database of one
 * file, `db` itself. Returns the workspaces rebuilt.
 */
export function rebuildStaleDerivedData(db: Db, dataOf: (workspaceId: number) => Db = () => db): number[] {
  const ids = db.$client.prepare("SELECT id FROM workspaces ORDER BY id").pluck().all() as number[];
  const tables = Object.keys(DERIVED_VERSIONS) as DerivedTable[];
  const rebuilt: number[] = [];
  for (const id of ids) {
    const data = dataOf(id);
    const sqlite = data.$client;
    const hasOrders = sqlite.prepare("SELECT EXISTS (SELECT 1 FROM orders WHERE workspace_id = ?)").pluck().get(id) === 1;
    if (!hasOrders) continue;
    if (tables.every((t) => isFresh(sqlite, id, t))) {
      // A new time zone is written before its figures move (updateWorkspace): a stop in between leaves
      // them in the old one's calendar, which views do not use; they move here.
      if (kpiMonthsBuilt(sqlite, id)) continue;
      refreshDerivedData(data, id, { timezone: true });
    }
    // offer_hours alone (a database from before it) is built alone: it reads the offers only.
    else if (tables.every((t) => t === "offer_hours" || isFresh(sqlite, id, t))) sqlite.transaction(() => refreshOfferHours(data, id))();
    else refreshDerivedData(data, id, { customers: "all" });
    rebuilt.push(id);
  }
  return rebuilt;
}
