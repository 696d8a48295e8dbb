import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { HOUR_MS } from "../../schema";
import type { Bucket } from "@/lib/kpi/period";
import type { BucketCounts, SeriesCounts } from "@/lib/kpi/series";
import { distinctInRangeSql, historyBefore, onlyCustomersSql } from "./get-kpis";
import { customerRevenueSql } from "./customer-revenue-sql";
import { currentFilters, customerFilterSql, orderRowsOf, type OrderRows, type ResolvedFilters } from "./kpi-filter-sql";
import { countViewOfferBuckets } from "./count-view-offers";
import { isHourAligned } from "./is-hour-aligned";

/** Per-bucket counts for the KPI series; lib/kpi/series.ts turns them into KPIs. The base row
 * carries history before the first bucket, so LTV and repeat rate start from the first order. */
export function getKpiSeriesCounts(db: Db, workspaceId: number, buckets: Bucket[], given: ResolvedFilters): SeriesCounts {
  const filters = currentFilters(db, given);
  if (buckets.length === 0) return { base: { revenue: 0, customers: 0, repeaters: 0 }, buckets: [] };
  const start = buckets[0].startMs;
  const end = buckets[buckets.length - 1].endMs;
  const values = sql.join(
    buckets.map((b) => sql`(${b.key}, ${b.startMs}, ${b.endMs})`),
    sql`, `,
  );
  const customers = customerFilterSql(workspaceId, filters);

  const offers = countViewOfferBuckets(db, workspaceId, filters, buckets);
  const orderRows = orderRowsOf(db, workspaceId, filters);
  const customerRevenue = customerRevenueSql(db, workspaceId);
  const { base, rows, whole } = orderRows
    ? countFromRows(db, buckets, start, orderRows, orderRows.customers ? null : customers, customerRevenue, filters)
    : { ...countFromPrev(db, workspaceId, buckets, values, start, end, customers, customerRevenue), whole: undefined };
  const byKey = new Map(rows.map((r) => [r.key, r]));

  return {
    whole,
    base: { revenue: base.revenue ?? 0, customers: base.customers, repeaters: base.repeaters },
    buckets: buckets.map((b) => {
      const r = byKey.get(b.key)!;
      const o = offers.get(b.key)!;
      return { ...r, revenue: r.revenue ?? 0, customerRevenue: r.customerRevenue ?? 0, shown: o.shown, accepted: o.accepted };
    }),
  };
}

// As SQL gives a bucket: a sum over no rows is null.
type Row = Omit<BucketCounts, "revenue" | "customerRevenue" | "shown" | "accepted"> & { revenue: number | null; customerRevenue: number | null };
type Base = { revenue: number | null; customers: number; repeaters: number };

/** Distinct customers per bucket as orders whose previous (flagged) order is before the bucket;
 * the history before the first bucket from kpi_hours when it can be, else from order_facts. */
function countFromPrev(
  db: Db,
  workspaceId: number,
  buckets: Bucket[],
  values: SQL,
  start: number,
  end: number,
  customers: SQL | null,
  customerRevenue: SQL,
): { base: Base; rows: Row[] } {
  const aligned = !customers && buckets.every(isHourAligned);
  let rows: Row[];
  if (customers) {
    // A set of customers: their orders (by customer, covered by order_facts_customer_idx), each put in its bucket.
    rows = db.all<Row>(sql`
      WITH b(key, s, e) AS (VALUES ${values}),
      f AS (
        SELECT f.*, (SELECT b.key FROM b WHERE f.ordered_at >= b.s AND f.ordered_at < b.e) AS key
        FROM (${customers}) AS sc CROSS JOIN order_facts f
        WHERE f.customer_id = sc.id AND f.counted = 1 AND f.ordered_at >= ${start} AND f.ordered_at < ${end}
      )
      SELECT b.key, ${distinctInRangeSql(sql`b.s`)}, count(f.order_id) AS orders, sum(f.revenue) AS revenue, ${customerRevenue} AS customerRevenue,
             coalesce(sum(f.seq = 1), 0) AS firsts, coalesce(sum(f.seq = 2), 0) AS seconds
      FROM b LEFT JOIN f ON f.key = b.key GROUP BY b.key`);
  } else {
    // One plain aggregate per bucket: a GROUP BY over the joined buckets sorts every order (slower).
    const totals = aligned
      ? sql``
      : sql`, count(*) AS orders, sum(f.revenue) AS revenue, ${customerRevenue} AS customerRevenue, coalesce(sum(f.seq = 1), 0) AS firsts, coalesce(sum(f.seq = 2), 0) AS seconds`;
    // Whole calendar months come from kpi_months (24 rows instead of every order of two years).
    const months = aligned ? storedMonths(db, workspaceId, start, end) : new Map<number, StoredMonth>();
    rows = buckets.map((b) => {
      const m = months.get(b.startMs);
      if (m && m.endMs === b.endMs) return { key: b.key, active: m.active, cross: m.cross, up: m.up, deep: m.deep } as Row;
      return {
        key: b.key,
        ...db.get<Omit<Row, "key">>(sql`SELECT ${distinctInRangeSql(b.startMs)} ${totals} FROM order_facts f
          WHERE f.workspace_id = ${workspaceId} AND f.counted = 1 AND f.ordered_at >= ${b.startMs} AND f.ordered_at < ${b.endMs}`),
      };
    });
    if (aligned) {
      const hours = new Map(
        db
          .all<{ key: string; orders: number; revenue: number | null; customerRevenue: number | null; firsts: number; seconds: number }>(
            sql`
            WITH b(key, s, e) AS (VALUES ${values})
            SELECT b.key, coalesce(sum(h.orders), 0) AS orders, sum(h.revenue) AS revenue, sum(h.revenue - h.guest_revenue) AS customerRevenue,
                   coalesce(sum(h.firsts), 0) AS firsts, coalesce(sum(h.seconds), 0) AS seconds
            FROM b LEFT JOIN kpi_hours h ON h.workspace_id = ${workspaceId} AND h.hour >= b.s / ${HOUR_MS} AND h.hour < b.e / ${HOUR_MS}
            GROUP BY b.key`,
          )
          .map((h) => [h.key, h]),
      );
      rows = rows.map((r) => ({ ...r, ...hours.get(r.key)! }));
    }
  }
  const base =
    !customers && start % HOUR_MS === 0
      ? db.get<Base>(sql`
          SELECT sum(revenue - guest_revenue) AS revenue, coalesce(sum(firsts), 0) AS customers, coalesce(sum(seconds), 0) AS repeaters
          FROM kpi_hours WHERE workspace_id = ${workspaceId} AND hour < ${start / HOUR_MS}`)
      : db.get<Base>(sql`
          SELECT ${customerRevenue} AS revenue, coalesce(sum(f.seq = 1), 0) AS customers, coalesce(sum(f.seq = 2), 0) AS repeaters
          FROM ${customers ? sql`(${customers}) AS sc CROSS JOIN order_facts f` : sql`order_facts f`}
          WHERE f.counted = 1 AND f.ordered_at < ${start} ${customers ? sql`AND f.customer_id = sc.id` : sql`AND f.workspace_id = ${workspaceId}`}`);
  return { base, rows };
}

type StoredMonth = { endMs: number; active: number; cross: number; up: number; deep: number };

/** kpi_months rows starting in [start, end), by start; none unless built for the workspace's current time zone. */
function storedMonths(db: Db, workspaceId: number, start: number, end: number): Map<number, StoredMonth> {
  const rows = db.all<StoredMonth & { startMs: number }>(sql`
    SELECT k.start_ms AS startMs, k.end_ms AS endMs, k.active, k.cross, k.up, k.deep
    FROM kpi_months k JOIN workspace_state s ON s.workspace_id = k.workspace_id JOIN workspaces w ON w.id = k.workspace_id AND s.kpi_months_timezone = w.timezone
    WHERE k.workspace_id = ${workspaceId} AND k.start_ms >= ${start} AND k.start_ms < ${end}`);
  return new Map(rows.map((r) => [r.startMs, r]));
}

/** The view's order rows (OrderRows: a channel or category, or a view's resolved customers), for a set
 * of customers when they are not applied yet: one range of the rows per bucket (a join of the buckets
 * to the rows read every row once per bucket). Each range also counts its orders whose previous one is
 * before the series' start, which add up to the whole span's distinct customers (`whole`): the overview's
 * card then needs no read of its own. */
function countFromRows(
  db: Db,
  buckets: Bucket[],
  start: number,
  orderRows: OrderRows,
  customers: SQL | null,
  customerRevenue: SQL,
  filters: ResolvedFilters,
): { base: Base; rows: Row[]; whole: SeriesCounts["whole"] } {
  const only = onlyCustomersSql(customers);
  // Distinct customers of the whole span, added up bucket by bucket.
  const whole = { startMs: start, endMs: buckets[buckets.length - 1].endMs, active: 0, cross: 0, up: 0, deep: 0 };
  const rows = buckets.map((b): Row => {
    const { wholeActive, wholeCross, wholeUp, wholeDeep, ...row } = db.get<Row & Record<(typeof WHOLE)[number], number>>(sql`
      SELECT ${b.key} AS key, ${distinctInRangeSql(b.startMs)}, ${distinctInRangeSql(start, WHOLE)},
             count(*) AS orders, sum(f.revenue) AS revenue, ${customerRevenue} AS customerRevenue,
             coalesce(sum(f.seq = 1), 0) AS firsts, coalesce(sum(f.seq = 2), 0) AS seconds
      FROM ${orderRows.from} f WHERE ${orderRows.where} AND f.ordered_at >= ${b.startMs} AND f.ordered_at < ${b.endMs} ${only}`)!;
    whole.active += wholeActive;
    whole.cross += wholeCross;
    whole.up += wholeUp;
    whole.deep += wholeDeep;
    return row;
  });
  const base = historyBefore(db, start, orderRows, customers, customerRevenue, filters);
  const contiguous = buckets.every((b, i) => i === 0 || buckets[i - 1].endMs === b.startMs);
  return { base, rows, whole: contiguous ? whole : undefined };
}

const WHOLE = ["wholeActive", "wholeCross", "wholeUp", "wholeDeep"] as const;
