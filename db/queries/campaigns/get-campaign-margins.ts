import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { MarginCounts } from "@/lib/campaigns/summarize-margin";
import { isControlSql } from "./control-variant-sql";

/**
 * Per campaign, sums over its linked orders: the distinct counted orders that its accepted
 * (non-holdout) offers link to. Margin = Σ quantity × (unit_price − cost) − discount over the lines
 * whose product has a cost; return lines (negative quantity) take their margin back. Each order's
 * part is kept in order_facts (lib/campaigns/order-margin.ts), so no line is read here. Campaigns
 * without a linked order are absent.
 */
export function getCampaignMargins(db: Db, workspaceId: number): (MarginCounts & { campaignId: number })[] {
  return db.all<MarginCounts & { campaignId: number }>(sql`
    WITH linked AS (
      SELECT DISTINCT o.campaign_id, od.id AS order_id
      FROM offers o
      JOIN orders od ON od.workspace_id = ${workspaceId} AND od.order_key = o.order_key
      WHERE o.workspace_id = ${workspaceId} AND o.accepted AND NOT ${isControlSql}
    )
    SELECT l.campaign_id AS campaignId, count(*) AS linkedOrders, sum(f.revenue) AS orderRevenue,
           sum(f.margin_revenue) AS revenueWithCost, sum(f.gross_margin) AS grossMargin, sum(f.cost_lines) AS linesWithCost
    FROM linked l
    JOIN order_facts f ON f.order_id = l.order_id AND f.counted
    GROUP BY l.campaign_id`);
}
