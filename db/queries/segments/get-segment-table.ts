import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { KpiFilters } from "@/lib/kpi/filters";
import { addKpiCounts, kpisFromCounts, zeroKpiCounts, type KpiCounts, type KpiSet } from "@/lib/kpi/kpis";
import type { Period } from "@/lib/kpi/period";
import { AGE_BANDS } from "@/lib/segments/age-bands";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import type { MultipleComparisons } from "@/lib/segments/multiple-comparisons";
import { mergeByValue } from "@/lib/segments/merge-by-value";
import { RFM_GROUPS } from "@/lib/segments/rfm";
import { DEFAULT_MIN_SEGMENT_SIZE, shapeSegmentRows, type SegmentCounts, type SegmentRow } from "@/lib/segments/shape-segment-rows";
import { getKpis } from "../kpis/get-kpis";
import { currentFilters, customerFilterSql, orderRowsOf, resolveFilters, type ResolvedFilters } from "../kpis/kpi-filter-sql";
import { countedOrdersByCustomer } from "../kpis/counted-orders-by-customer";
import { getOrderTimeSpan } from "../kpis/get-order-time-span";
import { hasGuestOrders } from "../kpis/customer-revenue-sql";
import { readSnapshot } from "../../sqlite/read-snapshot";
import { shownOffersFrom } from "../offers/shown-offers-sql";
import { offerFactsServe } from "../offers/offer-facts-serve";
import { getRfmGroups, type RfmGroups } from "./get-rfm-scores";
import { segmentValueSql } from "./segment-value-sql";
import { tallySegmentsByRow } from "./tally-segments-by-row";
import { customerValueCodes } from "./customer-value-codes";

export type SegmentTable = {
  dimension: SegmentDimension;
  period: { from: string; to: string };
  minSize: number;
  rows: SegmentRow[];
  multipleComparisons: MultipleComparisons;
  /** The whole view (all rows together), for "segment vs all" comparisons. */
  all: KpiSet;
};

/** Natural row order of the derived dimensions; columns and attributes go by size. */
const ORDER: Partial<Record<SegmentDimension["kind"], readonly string[]>> = {
  age_band: AGE_BANDS.map((b) => b.label),
  rfm: RFM_GROUPS,
  history: ["new", "returning"],
};

/**
 * Every KPI of docs/kpis.md per value of one dimension, for the period and the view's filters,
 * in one pass over the view's rows. Each customer is in exactly one row (values compare without regard to case,
 * like segment filters; no value = "(unknown)"), so the rows' customer counts add up to the whole view;
 * guest orders are in no row, so the rows' orders and revenue add up to the customers' part of it.
 * Rows where nothing at all happened (no active customer, no history, no offer) are left out.
 * `source` forces reading customer_facts ("totals") or every order and offer ("orders"), and `grouping: "sql"`
 * the grouped statement where rows would be tallied by value, for tests.
 */
export function getSegmentTable(
  db: Db,
  workspaceId: number,
  period: Period,
  filters: KpiFilters,
  dimension: SegmentDimension,
  opts: { minSize?: number; source?: "totals" | "orders"; grouping?: "sql" } = {},
): SegmentTable {
  // One snapshot: which source serves the period depends on the time span read first.
  // Filters resolved once for the table and its "all" row. A segment's or campaign's customers are read
  // as a set, each one's orders by customer; their whole history and offers are kept aside only for
  // getKpis, which answers the "all" row of a workspace with guest orders.
  return readSnapshot(db, () =>
    segmentTable(db, workspaceId, period, resolveFilters(db, workspaceId, filters, { byCustomer: !hasGuestOrders(db, workspaceId) }), dimension, opts),
  );
}

function segmentTable(
  db: Db,
  workspaceId: number,
  period: Period,
  filters: KpiFilters,
  dimension: SegmentDimension,
  opts: { minSize?: number; source?: "totals" | "orders"; grouping?: "sql" },
): SegmentTable {
  const unfiltered = filters.segment.length === 0 && !filters.campaign && !filters.channel && !filters.category;
  const kept = dimension.kind === "rfm" && unfiltered && opts.source === undefined ? keptRfmCounts(db, workspaceId, period) : undefined;
  const counts = kept ?? countSegments(db, workspaceId, period, filters, dimension, opts);
  const minSize = opts.minSize ?? DEFAULT_MIN_SEGMENT_SIZE;
  const { rows, multipleComparisons } = shapeSegmentRows(counts, { minSize, order: ORDER[dimension.kind] });
  return {
    dimension,
    period: { from: period.from, to: period.to },
    minSize,
    rows,
    multipleComparisons,
    // The rows part the view's customers, so their counts add up to the whole view: the same inputs as
    // getKpis, without reading the orders a second time. Guest orders are in no row; with any, getKpis.
    all: hasGuestOrders(db, workspaceId) ? getKpis(db, workspaceId, period, filters) : kpisFromCounts(sumCounts(counts)),
  };
}

function sumCounts(counts: SegmentCounts[]): KpiCounts {
  const total = zeroKpiCounts();
  for (const c of counts) addKpiCounts(total, c);
  return total;
}

/** The default view's RFM rows as kept in rfm_facts (db/queries/segments/refresh-rfm-facts.ts) for the
 * current data_version, when the period is the one they were counted for. */
function keptRfmCounts(db: Db, workspaceId: number, period: Period): SegmentCounts[] | undefined {
  const text = db.$client
    .prepare(
      `SELECT r.counts FROM rfm_facts r JOIN workspace_state s ON s.workspace_id = r.workspace_id
       WHERE r.workspace_id = ? AND r.data_version = s.data_version AND r.end_ms = ? AND r.counts IS NOT NULL`,
    )
    .pluck()
    .get(workspaceId, period.endMs) as string | undefined;
  const kept = text === undefined ? undefined : (JSON.parse(text) as KeptRfmCounts);
  return kept?.startMs === period.startMs ? kept.counts : undefined;
}

/** rfm_facts.counts: the default view's RFM rows before shaping, and the period start they are for. */
export type KeptRfmCounts = { startMs: number; counts: SegmentCounts[] };

/**
 * Each value's counts for the period and filters, spellings merged: tallied row by row, or under a segment
 * or campaign (whose customers' orders are read customer by customer) one grouped query. Exported for
 * refreshRfmFacts, which keeps the default view's RFM rows.
 */
export function countSegments(
  db: Db,
  workspaceId: number,
  period: Period,
  given: ResolvedFilters,
  dimension: SegmentDimension,
  opts: { source?: "totals" | "orders"; grouping?: "sql" },
): SegmentCounts[] {
  const filters = currentFilters(db, given);
  let rfm: RfmGroups | undefined;
  if (dimension.kind === "rfm") rfm = getRfmGroups(db, workspaceId, period);
  const source = segmentValueSql(workspaceId, dimension, { period, rfm });
  const customers = customerFilterSql(workspaceId, filters);
  // The segment and campaign filters pick customers (`kept`); channel and category restrict orders.
  // "orders" (for tests) reads every customer's orders, not their totals.
  const orderRows = opts.source === "orders" && !filters.channel && !filters.category ? null : orderRowsOf(db, workspaceId, filters);
  // The default view (all data, no order filter) reads one row per customer instead of every order;
  // a period that leaves orders out, or a channel or category, scans them.
  const span = getOrderTimeSpan(db, workspaceId);
  const fromTotals =
    (opts.source ?? (span === null || (period.startMs <= span.lo && period.endMs > span.hi) ? "totals" : "orders")) === "totals" &&
    !filters.channel &&
    !filters.category;
  // A period that runs to the end of the data (every preset does): the history to its end is each
  // customer's totals, and only the period's own orders are read, customer by customer.
  const toTotals = !fromTotals && opts.source === undefined && !orderRows && span !== null && period.endMs > span.hi;

  // The same for offers: each customer's totals over all the data, when they are current and the period holds every offer.
  const offerTotals = opts.source !== "orders" && !filters.campaign && offerFactsServe(db, workspaceId, period);

  // Without a segment or campaign, every customer of the workspace is in the view: each source's rows are
  // tallied into their customer's value in one pass (tally-segments-by-row.ts).
  if (!customers && opts.grouping !== "sql") {
    const ordersToEnd = orderRows
      ? sql`${orderRows.from} f WHERE ${orderRows.where} AND f.seq > 0 AND f.ordered_at < ${period.endMs}`
      : sql`order_facts f WHERE f.workspace_id = ${workspaceId} AND f.counted = 1 AND f.seq > 0 AND f.ordered_at < ${period.endMs}`;
    const codes = customerValueCodes(db, workspaceId, dimension, period, source);
    const tallied =
      codes &&
      tallySegmentsByRow(db, workspaceId, source, codes, period, {
        totals: fromTotals || toTotals,
        orders: fromTotals ? null : toTotals ? sql`${ordersToEnd} AND f.ordered_at >= ${period.startMs}` : ordersToEnd,
        offers: offerTotals ? "totals" : shownOffersFrom(workspaceId, { startMs: period.startMs, endMs: period.endMs }),
      });
    if (tallied) return mergeByValue(tallied, addKpiCounts);
  }

  // Each aggregate reaches the customer by primary key (and the value's own join) rather than
  // through a derived table of all customers, which SQLite would scan once per order.
  const withValue = sql`JOIN customers c ON c.id = x.customer_id ${source.join}`;
  const kept = customers ? sql`AND c.id IN (${customers})` : sql``;
  const inSet = customers ? sql`AND x.customer_id IN (${customers})` : sql``;
  // Grouped by the stored spelling (or code) of the value; spellings are merged and decoded below.
  const groups = db.all<KpiCounts & { raw: unknown }>(sql`
    WITH ${source.ctes.length ? sql`${sql.join(source.ctes, sql`, `)},` : sql``}
    -- One row per customer with their orders up to the period's end: the period's figures are flags and
    -- sums over it, so each customer is joined to their segment once and no DISTINCT is needed.
    -- A flag is set exactly when its prev_* is: order_facts_customer_idx covers the scan.
    per_customer AS (${
      fromTotals
        ? // The period holds every counted order: each customer's totals are the period's figures.
          sql`SELECT x.customer_id, 1 AS active, x.last_cross_at IS NOT NULL AS cross, x.last_up_at IS NOT NULL AS up,
                     x.last_deep_at IS NOT NULL AS deep, x.orders, x.revenue, x.orders AS n, x.revenue AS revenue_to_end
              FROM customer_facts x WHERE x.workspace_id = ${workspaceId} ${inSet}`
        : toTotals
          ? // Each customer's period orders are a range of order_facts_customer_idx, read in customer order:
            // grouping the period's orders by customer instead sorts them all.
            sql`
      SELECT x.customer_id, count(f.customer_id) > 0 AS active, coalesce(max(f.prev_cross_at IS NOT NULL), 0) AS cross,
             coalesce(max(f.prev_up_at IS NOT NULL), 0) AS up, coalesce(max(f.prev_deep_at IS NOT NULL), 0) AS deep,
             count(f.customer_id) AS orders, coalesce(sum(f.revenue), 0) AS revenue, x.orders AS n, x.revenue AS revenue_to_end
      FROM customer_facts x LEFT JOIN order_facts f
        ON f.customer_id = x.customer_id AND f.counted = 1 AND f.ordered_at >= ${period.startMs} AND f.ordered_at < ${period.endMs}
      WHERE x.workspace_id = ${workspaceId} ${inSet}
      GROUP BY x.customer_id`
          : sql`
      SELECT ${orderRows ? sql`f.customer_id` : customers ? sql`sc.id` : sql`c.id`} AS customer_id,
             max(f.ordered_at >= ${period.startMs}) AS active,
             max(f.ordered_at >= ${period.startMs} AND f.prev_cross_at IS NOT NULL) AS cross,
             max(f.ordered_at >= ${period.startMs} AND f.prev_up_at IS NOT NULL) AS up,
             max(f.ordered_at >= ${period.startMs} AND f.prev_deep_at IS NOT NULL) AS deep,
             sum(f.ordered_at >= ${period.startMs}) AS orders,
             sum(CASE WHEN f.ordered_at >= ${period.startMs} THEN f.revenue ELSE 0 END) AS revenue,
             count(*) AS n, sum(f.revenue) AS revenue_to_end
      FROM ${
        orderRows
          ? sql`${orderRows.from} f WHERE ${orderRows.where} AND f.seq > 0 AND f.ordered_at < ${period.endMs} GROUP BY f.customer_id`
          : customers
            ? // A segment's or campaign's customers, each one's orders a range of order_facts_customer_idx.
              sql`(${customers}) sc CROSS JOIN order_facts f ON f.customer_id = sc.id AND f.counted = 1 AND f.seq > 0 AND f.ordered_at < ${period.endMs}
                  GROUP BY sc.id`
            : sql`${countedOrdersByCustomer(workspaceId, sql`AND f.ordered_at < ${period.endMs}`)} GROUP BY c.id`
      }`
    })
    SELECT ${source.raw} AS raw,
           sum(x.active) AS active, sum(x.cross) AS cross, sum(x.up) AS up, sum(x.deep) AS deep,
           sum(x.orders) AS orders, sum(x.revenue) AS revenue,
           count(*) AS customersToEnd, sum(x.n >= 2) AS repeaters, sum(x.revenue_to_end) AS revenueToEnd, 0 AS shown, 0 AS accepted
    FROM per_customer x
    ${withValue}
    WHERE 1 ${kept}
    GROUP BY 1
    UNION ALL
    SELECT ${source.raw} AS raw, 0, 0, 0, 0, 0, 0, 0, 0, 0, sum(x.shown), sum(x.accepted)
    -- Counted per customer first: the customers are then read in id order, not once per offer at
    -- random (5M lines, 720k offers: ~1.0 → ~0.45 s, most of it the kernel's page reads).
    FROM ${
      offerTotals
        ? sql`(SELECT customer_id, shown, accepted FROM customer_offer_facts WHERE workspace_id = ${workspaceId}) x`
        : sql`(SELECT o.customer_id, count(*) AS shown, sum(o.accepted) AS accepted
          FROM ${shownOffersFrom(workspaceId, { startMs: period.startMs, endMs: period.endMs, campaign: filters.campaign })}
          GROUP BY o.customer_id) x`
    }
    ${withValue}
    WHERE 1 ${kept}
    GROUP BY 1`);
  return mergeByValue(
    groups.map(({ raw, ...c }): SegmentCounts => ({ ...c, value: source.decode(raw) })),
    addKpiCounts,
  );
}
