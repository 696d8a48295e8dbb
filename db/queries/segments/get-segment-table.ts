import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { KpiFilters } from "@/lib/kpi/filters";
import type { KpiSet } from "@/lib/kpi/kpis";
import type { Period } from "@/lib/kpi/period";
import { AGE_BANDS } from "@/lib/segments/age-bands";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import type { MultipleComparisons } from "@/lib/segments/multiple-comparisons";
import { RFM_GROUPS, type RfmGroup } from "@/lib/segments/rfm";
import { DEFAULT_MIN_SEGMENT_SIZE, shapeSegmentRows, type SegmentCounts, type SegmentRow } from "@/lib/segments/shape-segment-rows";
import { getKpis } from "../get-kpis";
import { customerFilterSql, factFilterSql } from "../kpi-filter-sql";
import { isControlSql } from "../campaigns/control-variant-sql";
import { getRfmScores } from "./get-rfm-scores";
import { segmentValueSql } from "./segment-value-sql";

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
 * in one grouped query. Each customer is in exactly one row (values compare without regard to case,
 * like segment filters; no value = "(unknown)"), so the rows' counts add up to the whole view.
 * Rows where nothing at all happened (no active customer, no history, no offer) are left out.
 */
export function getSegmentTable(
  db: Db,
  ws: number,
  period: Period,
  filters: KpiFilters,
  dimension: SegmentDimension,
  opts: { minSize?: number } = {},
): SegmentTable {
  let rfm: Map<number, RfmGroup> | undefined;
  if (dimension.kind === "rfm") rfm = new Map(getRfmScores(db, ws, period).map((s) => [s.customerId, s.group]));
  const source = segmentValueSql(ws, dimension, { period, rfm });
  const customers = customerFilterSql(ws, filters);
  // The segment and campaign filters pick customers (`kept`); channel and category restrict orders.
  const orderFilter = factFilterSql(ws, { segment: [], channel: filters.channel, category: filters.category });

  // Each aggregate reaches the customer by primary key (and the value's own join) rather than
  // through a derived table of all customers, which SQLite would scan once per order.
  const withValue = sql`JOIN customers c ON c.id = x.customer_id ${source.join}`;
  const kept = customers ? sql`AND c.id IN (${customers})` : sql``;
  const counts = db.all<SegmentCounts>(sql`
    WITH ${source.ctes.length ? sql`${sql.join(source.ctes, sql`, `)},` : sql``}
    labels AS (
      SELECT lower(${source.value}) AS k, min(${source.value}) AS value
      FROM customers c ${source.join} WHERE c.workspace_id = ${ws} GROUP BY 1
    ),
    in_period AS (
      SELECT lower(${source.value}) AS k,
             count(DISTINCT x.customer_id) AS active,
             count(DISTINCT CASE WHEN x.cross_sell THEN x.customer_id END) AS cross,
             count(DISTINCT CASE WHEN x.upsell THEN x.customer_id END) AS up,
             count(DISTINCT CASE WHEN x.deep_sell THEN x.customer_id END) AS deep,
             count(*) AS orders, sum(x.revenue) AS revenue
      FROM (SELECT f.* FROM order_facts f
            WHERE f.workspace_id = ${ws} AND f.counted AND f.ordered_at >= ${period.startMs} AND f.ordered_at < ${period.endMs} ${orderFilter}) x
      ${withValue}
      WHERE 1 ${kept}
      GROUP BY 1
    ),
    up_to_end AS (
      SELECT lower(${source.value}) AS k, count(*) AS customers, sum(x.n >= 2) AS repeaters, sum(x.revenue) AS revenue
      FROM (SELECT f.customer_id, count(*) AS n, sum(f.revenue) AS revenue FROM order_facts f
            WHERE f.workspace_id = ${ws} AND f.counted AND f.ordered_at < ${period.endMs} ${orderFilter}
            GROUP BY f.customer_id) x
      ${withValue}
      WHERE 1 ${kept}
      GROUP BY 1
    ),
    offer_counts AS (
      SELECT lower(${source.value}) AS k, count(*) AS shown, sum(x.accepted) AS accepted
      FROM (SELECT o.customer_id, o.accepted FROM offers o
            ${filters.campaign ? sql`JOIN campaigns kc ON kc.id = o.campaign_id AND kc.campaign_key = ${filters.campaign}` : sql``}
            WHERE o.workspace_id = ${ws} AND o.shown_at >= ${period.startMs} AND o.shown_at < ${period.endMs} AND NOT ${isControlSql}) x
      ${withValue}
      WHERE 1 ${kept}
      GROUP BY 1
    ),
    keys AS (SELECT k FROM in_period UNION SELECT k FROM up_to_end UNION SELECT k FROM offer_counts)
    SELECT l.value,
           coalesce(ip.active, 0) AS active, coalesce(ip.cross, 0) AS cross, coalesce(ip.up, 0) AS up,
           coalesce(ip.deep, 0) AS deep, coalesce(ip.orders, 0) AS orders, coalesce(ip.revenue, 0) AS revenue,
           coalesce(ue.customers, 0) AS customersToEnd, coalesce(ue.repeaters, 0) AS repeaters,
           coalesce(ue.revenue, 0) AS revenueToEnd,
           coalesce(oc.shown, 0) AS shown, coalesce(oc.accepted, 0) AS accepted
    FROM keys
    JOIN labels l ON l.k IS keys.k
    LEFT JOIN in_period ip ON ip.k IS keys.k
    LEFT JOIN up_to_end ue ON ue.k IS keys.k
    LEFT JOIN offer_counts oc ON oc.k IS keys.k`);

  const minSize = opts.minSize ?? DEFAULT_MIN_SEGMENT_SIZE;
  const { rows, multipleComparisons } = shapeSegmentRows(counts, { minSize, order: ORDER[dimension.kind] });
  return {
    dimension,
    period: { from: period.from, to: period.to },
    minSize,
    rows,
    multipleComparisons,
    all: getKpis(db, ws, period, filters),
  };
}
