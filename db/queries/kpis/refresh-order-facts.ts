import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { bumpDataVersion } from "../imports/bump-data-version";
import { addPrevHourCounts, classifyScope } from "./classify-scope";
import { HOUR_MS } from "../../schema";
import { refreshBasketChunks, scopeChunks } from "../products/refresh-basket-chunks";
import { isFresh, markFresh } from "../derived/freshness";
import type { Checkpoint } from "@/lib/cancel";
import { bulkDelete } from "../../sqlite/bulk-delete";
import { addKpiMonths, addMonthTallies, kpiMonthsBuilt, newMonthTallies, rebuildKpiMonths, resetKpiMonths } from "./kpi-months";

/** `checkpoint`: called between the steps and every few hundred customers classified; when it throws
 * (an import's cancel), the refresh stops and the caller rolls its transaction back. `apply`: the change
 * itself, when it removes orders (an undo): run once the customers' old facts are taken out of the kept
 * tallies, and before their orders are classified again, so that no tally keeps an order that is gone. */
export type RefreshOptions = { checkpoint?: Checkpoint; apply?: () => void };

/**
 * Recomputes every per-customer derived table for some customers of a workspace (all when
 * `customerIds` is omitted) and raises its data_version: order_facts (through
 * lib/kpi/classify-orders.ts; definitions: docs/kpis.md), kpi_hours, kpi_months, kpi_cohorts,
 * customer_facts, order_slice_facts and the basket_chunks ranges holding these customers' orders (db/schema/facts.ts).
 * A customer's facts depend only on their own history, so an import refreshes just the customers it
 * touched. Runs in the caller's transaction when there is one.
 */
export function refreshOrderFacts(db: Db, workspaceId: number, customerIds?: Iterable<number>, { checkpoint = () => {}, apply }: RefreshOptions = {}): void {
  const sqlite = db.$client;
  // Facts made by older code (or before a table existed) are built again for every customer: a part
  // of them would be wrong for the customers left out.
  if (customerIds && (!isFresh(sqlite, workspaceId, "order_facts") || !isFresh(sqlite, workspaceId, "order_slice_facts"))) customerIds = undefined;
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
    // kpi_months can take out and put back these customers' part only if it is complete for the
    // workspace's time zone; otherwise it is built again below.
    // Nothing counted yet (a new or cleared workspace): complete as they are, for any time zone.
    if (partial && !kpiMonthsBuilt(sqlite, workspaceId) && !sqlite.prepare("SELECT 1 FROM order_facts WHERE workspace_id = ? LIMIT 1").get(workspaceId)) {
      resetKpiMonths(sqlite, workspaceId);
    }
    const monthsKept = partial && kpiMonthsBuilt(sqlite, workspaceId);
    if (!partial) resetKpiMonths(sqlite, workspaceId); // every customer's tallies are added below
    // Tallied while classifying (cheaper than the full build in SQL); without a complete
    // kpi_months to add to, they are built again in SQL at the end.
    const tallies = !partial || monthsKept ? newMonthTallies(sqlite, workspaceId) : undefined;
    if (partial) {
      // kpi_hours by ordered_at are recomputed for the hours these customers had or have orders in;
      // the counts by prev_* hour are additive over customers, so theirs are taken out and put back.
      sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS scope_hours (h INTEGER PRIMARY KEY)");
      sqlite.exec("DELETE FROM temp.scope_hours");
      db.run(sql`INSERT OR IGNORE INTO temp.scope_hours (h) SELECT DISTINCT ${hourOf(sql`ordered_at`)} FROM order_facts
                 WHERE workspace_id = ${workspaceId} AND counted = 1 AND customer_id IN (SELECT id FROM temp.scope_customers)`);
      if (monthsKept) takeOutScopeMonths(db, workspaceId);
      db.run(removePrevHours(workspaceId));
    } else {
      db.run(sql`DELETE FROM kpi_hours WHERE workspace_id = ${workspaceId}`);
    }
    // The basket chunks holding these customers' orders as they were: a change may remove orders.
    const chunksBefore = apply && partial ? scopeChunks(sqlite, workspaceId) : [];
    // Most of the table when every customer's facts are rebuilt: bulkDelete then builds its indexes again.
    bulkDelete(sqlite, "order_facts", "workspace_id = ? AND customer_id IN (SELECT id FROM temp.scope_customers)", [workspaceId]);
    // No index by customer (it would cost every import more than this scan of the slices' rows does).
    db.run(sql`DELETE FROM order_slice_facts WHERE slice_id IN (SELECT id FROM fact_slices WHERE workspace_id = ${workspaceId})
               ${partial ? sql`AND customer_id IN (SELECT id FROM temp.scope_customers)` : sql``}`);
    // Their old facts are out of every kept tally and table: the change may now remove their orders.
    apply?.();
    const prevHours = classifyScope(sqlite, workspaceId, tallies, checkpoint);
    addPrevHourCounts(sqlite, workspaceId, prevHours);
    checkpoint();
    if (partial) {
      db.run(sql`INSERT OR IGNORE INTO temp.scope_hours (h) SELECT DISTINCT ${hourOf(sql`ordered_at`)} FROM order_facts
                 WHERE workspace_id = ${workspaceId} AND counted = 1 AND customer_id IN (SELECT id FROM temp.scope_customers)`);
      db.run(recomputeScopeHours(workspaceId));
    } else {
      db.run(addOrderHours(workspaceId));
    }
    db.run(sql`DELETE FROM customer_facts WHERE workspace_id = ${workspaceId}
               ${partial ? sql`AND customer_id IN (SELECT id FROM temp.scope_customers)` : sql``}`);
    db.run(addCustomerFacts(workspaceId));
    checkpoint();
    if (tallies) addMonthTallies(sqlite, workspaceId, tallies);
    else rebuildKpiMonths(db, workspaceId); // after customer_facts: cohorts go by each customer's first order
    checkpoint();
    refreshBasketChunks(sqlite, workspaceId, partial ? "scope" : "all", chunksBefore);
    markFresh(sqlite, workspaceId, "order_facts");
    markFresh(sqlite, workspaceId, "order_slice_facts");
  };
  if (sqlite.inTransaction) run();
  else sqlite.transaction(run)();
}

/** floor(ms / HOUR_MS) in integer arithmetic, also below 1970 (SQLite's % keeps the dividend's sign). */
export function hourOf(ms: SQL): SQL {
  return sql`((${ms} - ((${ms} % ${HOUR_MS}) + ${HOUR_MS}) % ${HOUR_MS}) / ${HOUR_MS})`;
}

// seq is null on guest orders: an hour of guests only sums no seq. An order is a cross-, up- or deep-sell
// exactly when its prev_* for it is set: read so, order_facts_kpi_idx covers the scan (the flags are
// not in it, and reading them cost one table lookup per order).
const orderColumns = sql`count(*), sum(revenue), coalesce(sum(seq IS NULL), 0), coalesce(sum(CASE WHEN seq IS NULL THEN revenue END), 0),
  coalesce(sum(seq = 1), 0), coalesce(sum(seq = 2), 0), sum(prev_cross_at IS NOT NULL), sum(prev_up_at IS NOT NULL), sum(prev_deep_at IS NOT NULL)`;

/** Takes out the scope customers' orders from the kpi_hours counts by prev_* hour (before their facts are replaced). */
function removePrevHours(workspaceId: number): SQL {
  const by = (col: string, i: number) =>
    sql`SELECT ${hourOf(sql.raw(col))} AS h, ${sql.raw(["1 AS a, 0 AS c, 0 AS u, 0 AS d", "0, 1, 0, 0", "0, 0, 1, 0", "0, 0, 0, 1"][i])}
        FROM order_facts WHERE workspace_id = ${workspaceId} AND counted AND ${sql.raw(col)} IS NOT NULL
          AND customer_id IN (SELECT id FROM temp.scope_customers)`;
  return sql`
    INSERT INTO kpi_hours (workspace_id, hour, active_p, cross_p, up_p, deep_p)
    SELECT ${workspaceId}, h, -sum(a), -sum(c), -sum(u), -sum(d)
    FROM (${by("prev_at", 0)} UNION ALL ${by("prev_cross_at", 1)} UNION ALL ${by("prev_up_at", 2)} UNION ALL ${by("prev_deep_at", 3)})
    WHERE true GROUP BY h
    ON CONFLICT (workspace_id, hour) DO UPDATE SET active_p = active_p + excluded.active_p, cross_p = cross_p + excluded.cross_p,
      up_p = up_p + excluded.up_p, deep_p = deep_p + excluded.deep_p`;
}

/** kpi_hours by ordered_at for every hour of the workspace (after its rows were deleted). */
function addOrderHours(workspaceId: number): SQL {
  return sql`
    INSERT INTO kpi_hours (workspace_id, hour, orders, revenue, guest_orders, guest_revenue, firsts, seconds, cross_n, up_n, deep_n)
    SELECT ${workspaceId}, ${hourOf(sql`ordered_at`)} AS h, ${orderColumns}
    FROM order_facts WHERE workspace_id = ${workspaceId} AND counted = 1 GROUP BY h
    ON CONFLICT (workspace_id, hour) DO UPDATE SET orders = excluded.orders, revenue = excluded.revenue, guest_orders = excluded.guest_orders,
      guest_revenue = excluded.guest_revenue, firsts = excluded.firsts,
      seconds = excluded.seconds, cross_n = excluded.cross_n, up_n = excluded.up_n, deep_n = excluded.deep_n`;
}

/** kpi_hours by ordered_at recomputed from all orders of the hours in temp.scope_hours (exact sums, no drift). */
function recomputeScopeHours(workspaceId: number): SQL {
  return sql`
    INSERT INTO kpi_hours (workspace_id, hour, orders, revenue, guest_orders, guest_revenue, firsts, seconds, cross_n, up_n, deep_n)
    SELECT ${workspaceId}, s.h, count(f.order_id), coalesce(sum(f.revenue), 0),
           coalesce(sum(f.order_id IS NOT NULL AND f.seq IS NULL), 0), coalesce(sum(CASE WHEN f.seq IS NULL THEN f.revenue END), 0),
           coalesce(sum(f.seq = 1), 0), coalesce(sum(f.seq = 2), 0),
           coalesce(sum(f.prev_cross_at IS NOT NULL), 0), coalesce(sum(f.prev_up_at IS NOT NULL), 0), coalesce(sum(f.prev_deep_at IS NOT NULL), 0)
    FROM temp.scope_hours s
    LEFT JOIN order_facts f ON f.workspace_id = ${workspaceId} AND f.counted = 1 AND f.ordered_at >= s.h * ${HOUR_MS} AND f.ordered_at < (s.h + 1) * ${HOUR_MS}
    WHERE true GROUP BY s.h
    ON CONFLICT (workspace_id, hour) DO UPDATE SET orders = excluded.orders, revenue = excluded.revenue, guest_orders = excluded.guest_orders,
      guest_revenue = excluded.guest_revenue, firsts = excluded.firsts, seconds = excluded.seconds, cross_n = excluded.cross_n, up_n = excluded.up_n, deep_n = excluded.deep_n`;
}

/** customer_facts of the scope customers, from their counted orders read through order_facts_customer_idx
 * (the order the per-customer views sum in, so their sums come out identical). Guests (seq null) get none. */
function addCustomerFacts(workspaceId: number): SQL {
  const lastFlagged = (col: string) => sql`max(CASE WHEN f.${sql.raw(col)} IS NOT NULL THEN f.ordered_at END)`;
  return sql`
    INSERT INTO customer_facts (workspace_id, customer_id, first_at, last_at, orders, revenue, last_cross_at, last_up_at, last_deep_at)
    SELECT ${workspaceId}, s.id, min(f.ordered_at), max(f.ordered_at), count(*), sum(f.revenue),
           ${lastFlagged("prev_cross_at")}, ${lastFlagged("prev_up_at")}, ${lastFlagged("prev_deep_at")}
    FROM temp.scope_customers s CROSS JOIN order_facts f ON f.customer_id = s.id AND f.counted = 1 AND f.seq > 0
    GROUP BY s.id`;
}

/** Takes the scope customers' part out of kpi_months and kpi_cohorts, over the months of temp.scope_hours (the hours they have orders in). */
function takeOutScopeMonths(db: Db, workspaceId: number): void {
  const span = db.$client.prepare(`SELECT min(h) * ${HOUR_MS} AS fromMs, (max(h) + 1) * ${HOUR_MS} - 1 AS toMs FROM temp.scope_hours`).get() as {
    fromMs: number | null;
    toMs: number | null;
  };
  if (span.fromMs !== null && span.toMs !== null) addKpiMonths(db.$client, workspaceId, -1, { fromMs: span.fromMs, toMs: span.toMs }, true);
}
