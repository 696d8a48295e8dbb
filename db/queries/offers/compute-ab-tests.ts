import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { splitHoldout } from "@/lib/offers/split-holdout";

export type AbTestListing = { key: string; name: string; type: string; variants: string[]; users: number; heldOut: string[] };

/** `conversions` here are accepted offers, not customers: the listing only asks whether there are any. */
type VariantCount = { campaignId: number; key: string; campaignName: string; type: string; name: string; users: number; conversions: number };

/** Campaigns with two or more variants shown an offer, by start date: the workspace's A/B tests,
 * computed from the offers. Only who saw and whether anyone accepted, from the covering offers index:
 * a listing needs no revenue, so it skips getAbVariantStats's join of every offer to its order. */
export function computeAbTests(db: Db, workspaceId: number): AbTestListing[] {
  const rows = db.all<VariantCount>(sql`
    SELECT k.id AS campaignId, k.campaign_key AS key, k.name AS campaignName, k.type,
           min(coalesce(nullif(trim(o.variant), ''), '(none)')) AS name,
           count(DISTINCT o.customer_id) AS users, sum(o.accepted) AS conversions
    FROM offers o JOIN campaigns k ON k.id = o.campaign_id
    WHERE o.workspace_id = ${workspaceId}
    -- Variant names compare without regard to case or surrounding spaces, as in getAbVariantStats.
    GROUP BY k.id, coalesce(lower(nullif(trim(o.variant), '')), '(none)')
    ORDER BY k.start_date, k.id, coalesce(lower(nullif(trim(o.variant), '')), '(none)')`);
  const byCampaign = new Map<number, { c: VariantCount; variants: VariantCount[] }>();
  for (const r of rows) {
    const entry = byCampaign.get(r.campaignId) ?? { c: r, variants: [] };
    entry.variants.push(r);
    byCampaign.set(r.campaignId, entry);
  }
  return [...byCampaign.values()].flatMap(({ c, variants }) => {
    const { tested, heldOut } = splitHoldout(variants);
    if (tested.length < 2) return [];
    return [
      {
        key: c.key,
        name: c.campaignName,
        type: c.type,
        variants: tested.map((v) => v.name),
        users: tested.reduce((s, v) => s + v.users, 0),
        heldOut: heldOut.map((h) => h.name),
      },
    ];
  });
}
