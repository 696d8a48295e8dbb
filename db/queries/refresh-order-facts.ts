import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";

const uncounted = sql.raw(UNCOUNTED_STATUSES.map((s) => `'${s}'`).join(","));

/**
 * Recomputes order_facts for some customers of a workspace (all when `customerIds` is omitted).
 * A customer's flags depend only on their own history, so an import refreshes just the customers
 * it touched. Definitions (docs/kpis.md), over counted orders in (ordered_at, order_key) order:
 * - cross-sell: some category is bought for the first time in this order, and by then the
 *   customer has bought at least two categories;
 * - upsell: the highest tier bought of a family exceeds the family's lowest tier and every tier of
 *   that family bought in earlier orders;
 * - deep-sell: the quantity of a sku exceeds the quantity of every earlier order of that sku.
 * Runs in the caller's transaction when there is one.
 */
export function refreshOrderFacts(db: Db, workspaceId: number, customerIds?: readonly number[]): void {
  const sqlite = db.$client;
  const run = () => {
    sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS scope_customers (id INTEGER PRIMARY KEY)");
    sqlite.exec("DELETE FROM temp.scope_customers");
    if (customerIds) {
      const insert = sqlite.prepare("INSERT OR IGNORE INTO temp.scope_customers (id) VALUES (?)");
      for (const id of customerIds) insert.run(id);
    } else {
      sqlite.prepare("INSERT INTO temp.scope_customers (id) SELECT id FROM customers WHERE workspace_id = ?").run(workspaceId);
    }
    db.run(sql`DELETE FROM order_facts WHERE workspace_id = ${workspaceId} AND customer_id IN (SELECT id FROM temp.scope_customers)`);
    db.run(insertFacts(workspaceId));
  };
  if (sqlite.inTransaction) run();
  else sqlite.transaction(run)();
}

function insertFacts(ws: number): SQL {
  return sql`
    WITH
    ord AS (
      SELECT o.id, o.customer_id, o.ordered_at, o.order_key,
             coalesce(lower(trim(o.status)), '') NOT IN (${uncounted}) AS counted
      FROM orders o
      WHERE o.workspace_id = ${ws} AND o.customer_id IN (SELECT id FROM temp.scope_customers)
    ),
    pos AS (
      SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY ordered_at, order_key) AS seq
      FROM ord WHERE counted
    ),
    revenue AS (
      SELECT l.order_id, sum(l.quantity * l.unit_price - l.discount) AS revenue
      FROM order_lines l JOIN ord ON ord.id = l.order_id
      GROUP BY l.order_id
    ),
    -- MATERIALIZED: computed once; inlined, the cross-sell branch scanned all products per line.
    tiers AS MATERIALIZED (
      SELECT id AS product_id, family,
             coalesce(tier, CASE WHEN price IS NOT NULL
               THEN dense_rank() OVER (PARTITION BY family, price IS NULL ORDER BY price) END) AS tier
      FROM products
      WHERE workspace_id = ${ws} AND nullif(trim(family), '') IS NOT NULL
    ),
    family_floor AS (SELECT family, min(tier) AS lowest FROM tiers GROUP BY family),
    lines AS MATERIALIZED (
      SELECT pos.customer_id, pos.seq, l.product_id, l.quantity,
             coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), 'Uncategorised') AS category,
             t.family, t.tier
      FROM order_lines l
      JOIN pos ON pos.id = l.order_id
      JOIN products p ON p.id = l.product_id
      LEFT JOIN tiers t ON t.product_id = l.product_id
      WHERE l.quantity > 0
    ),
    category_first AS (SELECT customer_id, category, min(seq) AS seq FROM lines GROUP BY customer_id, category),
    new_categories AS (SELECT customer_id, seq, count(*) AS n FROM category_first GROUP BY customer_id, seq),
    cross_sell AS (
      SELECT customer_id, seq FROM (
        SELECT customer_id, seq, sum(n) OVER (PARTITION BY customer_id ORDER BY seq) AS known FROM new_categories
      ) WHERE known >= 2
    ),
    sku_qty AS (SELECT customer_id, seq, product_id, sum(quantity) AS q FROM lines GROUP BY customer_id, seq, product_id),
    deep_sell AS (
      SELECT DISTINCT customer_id, seq FROM (
        SELECT customer_id, seq, q,
               max(q) OVER (PARTITION BY customer_id, product_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
        FROM sku_qty
      ) WHERE before IS NOT NULL AND q > before
    ),
    family_tier AS (
      SELECT customer_id, seq, family, max(tier) AS t FROM lines WHERE tier IS NOT NULL GROUP BY customer_id, seq, family
    ),
    upsell AS (
      SELECT DISTINCT ft.customer_id, ft.seq FROM (
        SELECT customer_id, seq, family, t,
               max(t) OVER (PARTITION BY customer_id, family ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
        FROM family_tier
      ) ft JOIN family_floor ff ON ff.family = ft.family
      WHERE ft.t > ff.lowest AND (ft.before IS NULL OR ft.t > ft.before)
    )
    INSERT INTO order_facts (order_id, workspace_id, customer_id, ordered_at, counted, revenue, seq, cross_sell, upsell, deep_sell)
    SELECT ord.id, ${ws}, ord.customer_id, ord.ordered_at, ord.counted, coalesce(r.revenue, 0), pos.seq,
           cs.seq IS NOT NULL, up.seq IS NOT NULL, ds.seq IS NOT NULL
    FROM ord
    LEFT JOIN pos ON pos.id = ord.id
    LEFT JOIN revenue r ON r.order_id = ord.id
    LEFT JOIN cross_sell cs ON cs.customer_id = ord.customer_id AND cs.seq = pos.seq
    LEFT JOIN upsell up ON up.customer_id = ord.customer_id AND up.seq = pos.seq
    LEFT JOIN deep_sell ds ON ds.customer_id = ord.customer_id AND ds.seq = pos.seq`;
}
