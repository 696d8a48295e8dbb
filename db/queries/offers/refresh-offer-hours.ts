import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { markFresh } from "../derived/freshness";
import { hourOf } from "../kpis/refresh-order-facts";
import { shownOffersFrom } from "./shown-offers-sql";

/**
 * Builds offer_hours (db/schema/facts.ts) whole for the workspace's current offers and marks it fresh:
 * part of every refresh (refreshDerivedData), in its transaction. Offers are few beside order lines,
 * so one grouped read of them costs less than tracking which hours an import touched.
 */
export function refreshOfferHours(db: Db, workspaceId: number): void {
  db.run(sql`DELETE FROM offer_hours WHERE workspace_id = ${workspaceId}`);
  db.run(sql`INSERT INTO offer_hours (workspace_id, hour, campaign_id, shown, accepted)
             SELECT ${workspaceId}, ${hourOf(sql`o.shown_at`)} AS h, o.campaign_id, count(*), coalesce(sum(o.accepted), 0)
             FROM ${shownOffersFrom(workspaceId)} GROUP BY h, o.campaign_id`);
  markFresh(db.$client, workspaceId, "offer_hours");
}
