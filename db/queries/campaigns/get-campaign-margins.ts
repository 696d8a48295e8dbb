import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { MarginCounts } from "@/lib/campaigns/summarize-margin";
import { isControlSql } from "./control-variant-sql";

/**
 * Per campaign, sums over the lines of its linked orders: the distinct counted orders that its
 * accepted (non-holdout) offers link to. Margin = Σ quantity × (unit_price − cost) − discount over
 * the lines whose product has a cost; return lines (negative quantity) take their margin back.
 * Campaigns without a linked order are absent.
 */
export function getCampaignMargins(db: Db, ws: number): (MarginCounts & { campaignId: number })[] {
  return db.all<MarginCounts & { campaignId: number }>(sql`
    WITH linked AS (
      SELECT DISTINCT o.campaign_id, od.id AS order_id
      FROM offers o
      JOIN orders od ON od.workspace_id = ${ws} AND od.order_key = o.order_key
      JOIN order_facts f ON f.order_id = od.id AND f.counted
      WHERE o.workspace_id = ${ws} AND o.accepted AND NOT ${isControlSql}
    )
    SELECT l.campaign_id AS campaignId,
           count(DISTINCT l.order_id) AS linkedOrders,
           coalesce(sum(ol.quantity * ol.unit_price - ol.discount), 0) AS orderRevenue,
           coalesce(sum(CASE WHEN p.cost IS NOT NULL THEN ol.quantity * ol.unit_price - ol.discount END), 0) AS revenueWithCost,
           coalesce(sum(CASE WHEN p.cost IS NOT NULL THEN ol.quantity * (ol.unit_price - p.cost) - ol.discount END), 0) AS grossMargin,
           count(p.cost) AS linesWithCost
    FROM linked l
    LEFT JOIN order_lines ol ON ol.order_id = l.order_id
    LEFT JOIN products p ON p.id = ol.product_id
    GROUP BY l.campaign_id`);
}
