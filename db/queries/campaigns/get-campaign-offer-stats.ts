import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { isControlSql } from "./control-variant-sql";

export type CampaignOfferStats = {
  campaignId: number;
  shown: number;
  accepted: number;
  usersShown: number;
  usersAccepted: number;
  heldOutOffers: number;
  heldOutUsers: number;
  attributedRevenue: number;
};

/**
 * Per campaign of the workspace that has offers (others are absent): offers shown and accepted (rows and customers) outside the
 * control/holdout variants, the held-out rows and customers, and the attributed revenue: an accepted
 * offer's own revenue, else its linked order's (offers.order_key → orders.order_key) when that order
 * is counted; a refunded, cancelled or voided order earns nothing.
 */
export function getCampaignOfferStats(db: Db, workspaceId: number): CampaignOfferStats[] {
  return db.all<CampaignOfferStats>(sql`
    -- MATERIALIZED: the control test (lower, trim, IN) runs once per offer, not once per aggregate
    -- naming o.ctl.
    WITH o AS MATERIALIZED (
      SELECT o.id, o.campaign_id, o.customer_id, o.accepted, o.order_key, o.revenue, ${isControlSql} AS ctl
      FROM offers o WHERE o.workspace_id = ${workspaceId}
    )
    SELECT o.campaign_id AS campaignId,
           count(CASE WHEN NOT o.ctl THEN o.id END) AS shown,
           count(CASE WHEN NOT o.ctl AND o.accepted THEN o.id END) AS accepted,
           count(DISTINCT CASE WHEN NOT o.ctl THEN o.customer_id END) AS usersShown,
           count(DISTINCT CASE WHEN NOT o.ctl AND o.accepted THEN o.customer_id END) AS usersAccepted,
           count(CASE WHEN o.ctl THEN o.id END) AS heldOutOffers,
           count(DISTINCT CASE WHEN o.ctl THEN o.customer_id END) AS heldOutUsers,
           coalesce(sum(CASE WHEN NOT o.ctl AND o.accepted
                             THEN coalesce(o.revenue, CASE WHEN f.counted THEN f.revenue END, 0) END), 0) AS attributedRevenue
    FROM o
    -- Only an accepted offer without its own revenue needs its linked order.
    LEFT JOIN orders od ON o.accepted AND o.revenue IS NULL AND od.workspace_id = ${workspaceId} AND od.order_key = o.order_key
    LEFT JOIN order_facts f ON f.order_id = od.id
    GROUP BY o.campaign_id`);
}
