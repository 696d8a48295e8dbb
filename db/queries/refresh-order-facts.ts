import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { bumpDataVersion } from "./bump-data-version";
import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";
import { HOUR_MS, NO_PREV } from "../schema";

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
 * It also keeps kpi_hours (db/schema/facts.ts) in step for the same customers.
 * Runs in the caller's transaction when there is one.
 */
export function refreshOrderFacts(db: Db, workspaceId: number, customerIds?: readonly number[]): void {
  const sqlite = db.$client;
  const run = () => {
    bumpDataVersion(db, workspaceId); // derived data changes: cached report answers are stale
    sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS scope_customers (id INTEGER PRIMARY KEY)");
    sqlite.exec("DELETE FROM temp.scope_customers");
    if (customerIds) {
      const insert = sqlite.prepare("INSERT OR IGNORE INTO temp.scope_customers (id) VALUES (?)");
      for (const id of customerIds) insert.run(id);
    } else {
      sqlite.prepare("INSERT INTO temp.scope_customers (id) SELECT id FROM customers WHERE workspace_id = ?").run(workspaceId);
    }
    const partial = customerIds !== undefined;
    if (partial) {
      // kpi_hours by ordered_at are recomputed for the hours these customers had or have orders in;
      // the counts by prev_* hour are additive over customers, so theirs are taken out and put back.
      sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS scope_hours (h INTEGER PRIMARY KEY)");
      sqlite.exec("DELETE FROM temp.scope_hours");
      db.run(sql`INSERT OR IGNORE INTO temp.scope_hours (h) SELECT DISTINCT ${hourOf(sql`ordered_at`)} FROM order_facts
                 WHERE workspace_id = ${workspaceId} AND counted = 1 AND customer_id IN (SELECT id FROM temp.scope_customers)`);
      db.run(addPrevHours(workspaceId, -1));
    } else {
      db.run(sql`DELETE FROM kpi_hours WHERE workspace_id = ${workspaceId}`);
    }
    db.run(sql`DELETE FROM order_facts WHERE workspace_id = ${workspaceId} AND customer_id IN (SELECT id FROM temp.scope_customers)`);
    sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS new_facts (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at INTEGER,
                 counted INTEGER, revenue REAL, seq INTEGER, cs INTEGER, us INTEGER, ds INTEGER)`);
    sqlite.exec("DELETE FROM temp.new_facts");
    db.run(insertFacts(workspaceId));
    db.run(insertPrevFacts(workspaceId));
    sqlite.exec("DELETE FROM temp.new_facts");
    db.run(addPrevHours(workspaceId, 1));
    if (partial) {
      db.run(sql`INSERT OR IGNORE INTO temp.scope_hours (h) SELECT DISTINCT ${hourOf(sql`ordered_at`)} FROM order_facts
                 WHERE workspace_id = ${workspaceId} AND counted = 1 AND customer_id IN (SELECT id FROM temp.scope_customers)`);
      db.run(recomputeScopeHours(workspaceId));
    } else {
      db.run(addOrderHours(workspaceId));
    }
  };
  if (sqlite.inTransaction) run();
  else sqlite.transaction(run)();
}

/** floor(ms / HOUR_MS) in integer arithmetic, also below 1970 (SQLite's % keeps the dividend's sign). */
export function hourOf(ms: SQL): SQL {
  return sql`((${ms} - ((${ms} % ${HOUR_MS}) + ${HOUR_MS}) % ${HOUR_MS}) / ${HOUR_MS})`;
}

const orderColumns = sql`count(*), sum(revenue), sum(seq = 1), sum(seq = 2), sum(cross_sell), sum(upsell), sum(deep_sell)`;

/** Adds (sign 1) or takes out (sign -1) the scope customers' orders from the kpi_hours counts by prev_* hour. */
function addPrevHours(ws: number, sign: 1 | -1): SQL {
  const by = (col: string, i: number) =>
    sql`SELECT ${hourOf(sql.raw(col))} AS h, ${sql.raw(["1 AS a, 0 AS c, 0 AS u, 0 AS d", "0, 1, 0, 0", "0, 0, 1, 0", "0, 0, 0, 1"][i])}
        FROM order_facts WHERE workspace_id = ${ws} AND counted AND ${sql.raw(col)} IS NOT NULL
          AND customer_id IN (SELECT id FROM temp.scope_customers)`;
  return sql`
    INSERT INTO kpi_hours (workspace_id, hour, active_p, cross_p, up_p, deep_p)
    SELECT ${ws}, h, ${sign} * sum(a), ${sign} * sum(c), ${sign} * sum(u), ${sign} * sum(d)
    FROM (${by("prev_at", 0)} UNION ALL ${by("prev_cross_at", 1)} UNION ALL ${by("prev_up_at", 2)} UNION ALL ${by("prev_deep_at", 3)})
    WHERE true GROUP BY h
    ON CONFLICT (workspace_id, hour) DO UPDATE SET active_p = active_p + excluded.active_p, cross_p = cross_p + excluded.cross_p,
      up_p = up_p + excluded.up_p, deep_p = deep_p + excluded.deep_p`;
}

/** kpi_hours by ordered_at for every hour of the workspace (after its rows were deleted). */
function addOrderHours(ws: number): SQL {
  return sql`
    INSERT INTO kpi_hours (workspace_id, hour, orders, revenue, firsts, seconds, cross_n, up_n, deep_n)
    SELECT ${ws}, ${hourOf(sql`ordered_at`)} AS h, ${orderColumns}
    FROM order_facts WHERE workspace_id = ${ws} AND counted = 1 GROUP BY h
    ON CONFLICT (workspace_id, hour) DO UPDATE SET orders = excluded.orders, revenue = excluded.revenue, firsts = excluded.firsts,
      seconds = excluded.seconds, cross_n = excluded.cross_n, up_n = excluded.up_n, deep_n = excluded.deep_n`;
}

/** kpi_hours by ordered_at recomputed from all orders of the hours in temp.scope_hours (exact sums, no drift). */
function recomputeScopeHours(ws: number): SQL {
  return sql`
    INSERT INTO kpi_hours (workspace_id, hour, orders, revenue, firsts, seconds, cross_n, up_n, deep_n)
    SELECT ${ws}, s.h, count(f.order_id), coalesce(sum(f.revenue), 0), coalesce(sum(f.seq = 1), 0), coalesce(sum(f.seq = 2), 0),
           coalesce(sum(f.cross_sell), 0), coalesce(sum(f.upsell), 0), coalesce(sum(f.deep_sell), 0)
    FROM temp.scope_hours s
    LEFT JOIN order_facts f ON f.workspace_id = ${ws} AND f.counted = 1 AND f.ordered_at >= s.h * ${HOUR_MS} AND f.ordered_at < (s.h + 1) * ${HOUR_MS}
    WHERE true GROUP BY s.h
    ON CONFLICT (workspace_id, hour) DO UPDATE SET orders = excluded.orders, revenue = excluded.revenue, firsts = excluded.firsts,
      seconds = excluded.seconds, cross_n = excluded.cross_n, up_n = excluded.up_n, deep_n = excluded.deep_n`;
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
    INSERT INTO temp.new_facts (id, customer_id, ordered_at, counted, revenue, seq, cs, us, ds)
    SELECT ord.id, ord.customer_id, ord.ordered_at, ord.counted, coalesce(r.revenue, 0), pos.seq,
           cs.seq IS NOT NULL, up.seq IS NOT NULL, ds.seq IS NOT NULL
    FROM ord
    LEFT JOIN pos ON pos.id = ord.id
    LEFT JOIN revenue r ON r.order_id = ord.id
    LEFT JOIN cross_sell cs ON cs.customer_id = ord.customer_id AND cs.seq = pos.seq
    LEFT JOIN upsell up ON up.customer_id = ord.customer_id AND up.seq = pos.seq
    LEFT JOIN deep_sell ds ON ds.customer_id = ord.customer_id AND ds.seq = pos.seq`;
}

/** order_facts from temp.new_facts, with each order's previous (flagged) order: a separate step, as
 * the window over the classification's joins made SQLite's plan 50x slower. */
function insertPrevFacts(ws: number): SQL {
  return sql`
    INSERT INTO order_facts (order_id, workspace_id, customer_id, ordered_at, counted, revenue, seq, cross_sell, upsell, deep_sell,
                             prev_at, prev_cross_at, prev_up_at, prev_deep_at)
    SELECT id, ${ws}, customer_id, ordered_at, counted, revenue, seq, cs, us, ds,
           CASE WHEN counted THEN coalesce(max(ordered_at) FILTER (WHERE counted) OVER w, ${NO_PREV}) END,
           CASE WHEN cs THEN coalesce(max(ordered_at) FILTER (WHERE cs) OVER w, ${NO_PREV}) END,
           CASE WHEN us THEN coalesce(max(ordered_at) FILTER (WHERE us) OVER w, ${NO_PREV}) END,
           CASE WHEN ds THEN coalesce(max(ordered_at) FILTER (WHERE ds) OVER w, ${NO_PREV}) END
    FROM temp.new_facts
    -- Uncounted orders (seq null) sort first and are filtered out; prev is the latest earlier instant.
    WINDOW w AS (PARTITION BY customer_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
}
