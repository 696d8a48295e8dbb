import { sql } from "drizzle-orm";
import type { Db } from "../../client";

export type VariantStats = { name: string; users: number; conversions: number; revenueSum: number; revenueSumOfSquares: number };
export type CampaignVariantStats = { campaignId: number; key: string; name: string; type: string; variants: VariantStats[] };

/** Per campaign and variant: customers in the variant, customers who accepted an offer, and their
 * attributed revenue (the accepted offer's revenue, else its linked order's when that order counts,
 * as on the Campaigns page), summed per customer so the variance of revenue per user comes out of
 * SQL. Variant names compare without regard to case or surrounding spaces ("Control" = "control").
 * One campaign when `campaignKey` is given. */
export function getAbVariantStats(db: Db, workspaceId: number, campaignKey?: string): CampaignVariantStats[] {
  const rows = db.all<VariantStats & { campaignId: number; key: string; campaignName: string; type: string }>(sql`
    WITH per_user AS (
      SELECT o.campaign_id, coalesce(lower(nullif(trim(o.variant), '')), '(none)') AS vkey,
             min(coalesce(nullif(trim(o.variant), ''), '(none)')) AS variant, o.customer_id,
             max(o.accepted) AS converted,
             sum(CASE WHEN o.accepted THEN coalesce(o.revenue, CASE WHEN f.counted THEN f.revenue END, 0) ELSE 0 END) AS revenue
      FROM offers o
      LEFT JOIN orders od ON od.workspace_id = ${workspaceId} AND od.order_key = o.order_key
      LEFT JOIN order_facts f ON f.order_id = od.id
      WHERE o.workspace_id = ${workspaceId}
        ${campaignKey === undefined ? sql`` : sql`AND o.campaign_id = (SELECT id FROM campaigns WHERE workspace_id = ${workspaceId} AND campaign_key = ${campaignKey})`}
      GROUP BY 1, 2, o.customer_id
    )
    SELECT k.id AS campaignId, k.campaign_key AS key, k.name AS campaignName, k.type,
           min(p.variant) AS name, count(*) AS users, sum(p.converted) AS conversions,
           coalesce(sum(p.revenue), 0) AS revenueSum, coalesce(sum(p.revenue * p.revenue), 0) AS revenueSumOfSquares
    FROM per_user p JOIN campaigns k ON k.id = p.campaign_id
    GROUP BY k.id, p.vkey ORDER BY k.start_date, k.id, p.vkey`);
  const byCampaign = new Map<number, CampaignVariantStats>();
  for (const r of rows) {
    let c = byCampaign.get(r.campaignId);
    if (!c) byCampaign.set(r.campaignId, (c = { campaignId: r.campaignId, key: r.key, name: r.campaignName, type: r.type, variants: [] }));
    c.variants.push({ name: r.name, users: r.users, conversions: r.conversions, revenueSum: r.revenueSum, revenueSumOfSquares: r.revenueSumOfSquares });
  }
  return [...byCampaign.values()];
}
