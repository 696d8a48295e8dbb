import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { GroupRevenue } from "@/lib/campaigns/estimate-incrementality";
import { isControlSql } from "./control-variant-sql";

export type HoldoutGroup = "treated" | "control" | "mixed";
export type HoldoutRevenue = GroupRevenue & { campaignId: number; group: HoldoutGroup };

/**
 * For each campaign window [startMs, endMs): its offered customers split into treated (offers only
 * outside control/holdout variants), control (only inside) and mixed (both: a data error, left out
 * of comparisons), with each group's Σ and Σ² of per-customer revenue over ALL their counted
 * orders in the window (0 for a customer without one), so Welch's test needs no per-customer rows.
 */
export function getHoldoutRevenue(db: Db, workspaceId: number, windows: readonly { campaignId: number; startMs: number; endMs: number }[]): HoldoutRevenue[] {
  if (windows.length === 0) return [];
  const values = sql.join(
    windows.map((w) => sql`(${w.campaignId}, ${w.startMs}, ${w.endMs})`),
    sql`, `,
  );
  return db.all<HoldoutRevenue>(sql`
    WITH w(campaign_id, s, e) AS (VALUES ${values}),
    assigned AS (
      SELECT o.campaign_id, o.customer_id,
             CASE WHEN min(${isControlSql}) = 1 THEN 'control' WHEN max(${isControlSql}) = 0 THEN 'treated' ELSE 'mixed' END AS grp
      FROM offers o
      WHERE o.workspace_id = ${workspaceId} AND o.campaign_id IN (SELECT campaign_id FROM w)
      GROUP BY o.campaign_id, o.customer_id
    ),
    per_customer AS (
      SELECT a.campaign_id, a.grp, a.customer_id, coalesce(sum(f.revenue), 0) AS revenue
      FROM assigned a
      JOIN w ON w.campaign_id = a.campaign_id
      LEFT JOIN order_facts f ON f.customer_id = a.customer_id AND f.counted = 1 AND f.ordered_at >= w.s AND f.ordered_at < w.e
      GROUP BY a.campaign_id, a.customer_id, a.grp
    )
    SELECT campaign_id AS campaignId, grp AS "group", count(*) AS customers,
           sum(revenue) AS revenueSum, sum(revenue * revenue) AS revenueSumOfSquares
    FROM per_customer
    GROUP BY campaign_id, grp`);
}
