import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { TargetCandidate } from "@/lib/customers/rank-targets";
import { familyTiersSql } from "./family-tiers-sql";
import type { QualifyRule } from "./resolve-target-opportunity";

// A customer's purchases: lines with a positive quantity in counted orders (docs/kpis.md).
const buyers = (productIds: SQL) => sql`
  SELECT DISTINCT f.customer_id FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
  WHERE l.product_id IN (${productIds}) AND l.quantity > 0 AND f.counted`;

function qualifying(rule: QualifyRule): SQL {
  if (rule.kind === "pair") return sql`${buyers(sql`${rule.boughtId}`)} EXCEPT ${buyers(sql`${rule.notBoughtId}`)}`;
  if (rule.kind === "upgrade") {
    // Highest tier bought in the family is exactly t: they bought t and nothing above it.
    return sql`
      SELECT customer_id FROM (
        SELECT f.customer_id, max(t.tier) AS top
        FROM tiers t JOIN order_lines l ON l.product_id = t.product_id JOIN order_facts f ON f.order_id = l.order_id
        WHERE t.family = ${rule.family} AND l.quantity > 0 AND f.counted
        GROUP BY f.customer_id
      ) WHERE top = ${rule.tier}`;
  }
  return sql`
    SELECT f.customer_id FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
    WHERE l.product_id = ${rule.productId} AND l.quantity > 0 AND f.counted
    GROUP BY f.customer_id HAVING max(f.ordered_at) < ${rule.beforeMs}`;
}

/** Customers who qualify for an opportunity (opted-out ones included and flagged: the ranking
 * leaves them out and counts them), with their counted-order history for the fallback ranking.
 * Guest checkouts are nobody to reach: left out. */
export function getTargetCandidates(db: Db, workspaceId: number, rule: QualifyRule): TargetCandidate[] {
  const rows = db.all<{ customerKey: string; optedOut: number; lastOrderAt: number; orders: number; revenue: number }>(sql`
    WITH ${familyTiersSql(workspaceId)}, q(customer_id) AS (${qualifying(rule)})
    SELECT c.customer_key AS customerKey, c.marketing_opt_out AS optedOut,
           max(f.ordered_at) AS lastOrderAt, count(*) AS orders, sum(f.revenue) AS revenue
    FROM q JOIN customers c ON c.id = q.customer_id AND c.workspace_id = ${workspaceId} AND NOT c.guest
    JOIN order_facts f ON f.customer_id = q.customer_id AND f.counted
    GROUP BY q.customer_id`);
  return rows.map((r) => ({ ...r, optedOut: r.optedOut === 1 }));
}
