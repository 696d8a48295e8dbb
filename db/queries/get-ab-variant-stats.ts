import { sql } from "drizzle-orm";
import type { Db } from "../client";

export type VariantStats = { name: string; users: number; conversions: number; revenueSum: number; revenueSumOfSquares: number };

/** Per variant of a campaign: users shown an offer, users who accepted one, and their attributed
 * revenue (the accepted offer's revenue, else its linked order's revenue), summed per user so the
 * variance of revenue per user comes out of SQL. Null when the campaign does not exist. */
export function getAbVariantStats(db: Db, ws: number, campaignKey: string): { name: string; variants: VariantStats[] } | null {
  const campaign = db.get<{ id: number; name: string } | undefined>(
    sql`SELECT id, name FROM campaigns WHERE workspace_id = ${ws} AND campaign_key = ${campaignKey}`,
  );
  if (!campaign) return null;
  const variants = db.all<VariantStats>(sql`
    WITH per_user AS (
      SELECT coalesce(nullif(trim(o.variant), ''), '(none)') AS variant, o.customer_id,
             max(o.accepted) AS converted,
             sum(CASE WHEN o.accepted THEN coalesce(o.revenue, f.revenue, 0) ELSE 0 END) AS revenue
      FROM offers o
      LEFT JOIN orders od ON od.workspace_id = ${ws} AND od.order_key = o.order_key
      LEFT JOIN order_facts f ON f.order_id = od.id
      WHERE o.workspace_id = ${ws} AND o.campaign_id = ${campaign.id}
      GROUP BY 1, o.customer_id
    )
    SELECT variant AS name, count(*) AS users, sum(converted) AS conversions,
           coalesce(sum(revenue), 0) AS revenueSum, coalesce(sum(revenue * revenue), 0) AS revenueSumOfSquares
    FROM per_user GROUP BY variant ORDER BY variant`);
  return { name: campaign.name, variants };
}
