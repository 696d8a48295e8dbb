import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { familyTiersSql } from "./family-tiers-sql";

export type TargetOptions = {
  /** Products to pick x and y from, most bought first. */
  products: { sku: string; name: string | null; buyers: number }[];
  /** Families with two or more tiers: the upgrade opportunities. */
  families: { family: string; tiers: number[] }[];
  /** Products re-bought by the most of their buyers: the deep-sell candidates. */
  repeatable: { sku: string; name: string | null; buyers: number; rebuyers: number; meanIntervalDays: number | null }[];
};

const PRODUCTS = 1000;
const REPEATABLE = 30;
/** Below this many buyers a re-purchase share says little. */
const MIN_BUYERS = 20;

/** What the target list pickers offer: products, tiered families and repeatable products. */
export function getTargetOptions(db: Db, workspaceId: number): TargetOptions {
  // One pass over the purchase lines: per product, its buyers, re-buyers and their repurchase spans.
  const rows = db.all<{ sku: string; name: string | null; buyers: number; rebuyers: number; span: number | null; gaps: number | null }>(sql`
    WITH per_customer AS (
      SELECT l.product_id, count(DISTINCT f.order_id) AS orders, (max(f.ordered_at) - min(f.ordered_at)) / 86400000.0 AS span
      FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
      WHERE f.workspace_id = ${workspaceId} AND f.counted AND f.seq > 0 AND l.quantity > 0 -- a guest order is nobody's purchase
      GROUP BY l.product_id, f.customer_id
    ),
    per_product AS (
      SELECT product_id, count(*) AS buyers, count(*) FILTER (WHERE orders >= 2) AS rebuyers,
             sum(span) FILTER (WHERE orders >= 2) AS span, sum(orders - 1) FILTER (WHERE orders >= 2) AS gaps
      FROM per_customer GROUP BY product_id
    )
    SELECT p.sku, p.name, coalesce(pp.buyers, 0) AS buyers, coalesce(pp.rebuyers, 0) AS rebuyers, pp.span, pp.gaps
    FROM products p LEFT JOIN per_product pp ON pp.product_id = p.id
    WHERE p.workspace_id = ${workspaceId}
    ORDER BY buyers DESC, p.sku`);
  const products = rows.slice(0, PRODUCTS).map(({ sku, name, buyers }) => ({ sku, name, buyers }));
  const tiers = db.all<{ family: string; tier: number }>(sql`
    WITH ${familyTiersSql(workspaceId)}
    SELECT DISTINCT family, tier FROM tiers WHERE tier IS NOT NULL ORDER BY family, tier`);
  const families = new Map<string, number[]>();
  for (const t of tiers) families.set(t.family, [...(families.get(t.family) ?? []), t.tier]);
  // Mean repurchase interval = Σ (last − first) ÷ Σ (orders − 1) over re-buyers, as in resolveTargetOpportunity.
  const repeatable = rows
    .filter((r) => r.buyers >= MIN_BUYERS && r.rebuyers > 0)
    .sort((a, b) => b.rebuyers / b.buyers - a.rebuyers / a.buyers || (a.sku < b.sku ? -1 : 1))
    .slice(0, REPEATABLE)
    .map(({ sku, name, buyers, rebuyers, span, gaps }) => ({ sku, name, buyers, rebuyers, meanIntervalDays: span !== null && gaps ? span / gaps : null }));
  return {
    products,
    families: [...families].filter(([, t]) => t.length >= 2).map(([family, t]) => ({ family, tiers: t })),
    repeatable,
  };
}
