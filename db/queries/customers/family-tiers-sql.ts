import { sql, type SQL } from "drizzle-orm";

/** `tiers(product_id, family, tier)`: the tier of every product with a family, as docs/kpis.md
 * defines it (the tier column, else the dense rank of price within the family, 1 = cheapest);
 * the same expression as the upsell flag in refresh-order-facts.ts. */
export function familyTiersSql(workspaceId: number): SQL {
  return sql`tiers AS MATERIALIZED (
    SELECT id AS product_id, family,
           coalesce(tier, CASE WHEN price IS NOT NULL
             THEN dense_rank() OVER (PARTITION BY family, price IS NULL ORDER BY price) END) AS tier
    FROM products
    WHERE workspace_id = ${workspaceId} AND nullif(trim(family), '') IS NOT NULL
  )`;
}
