import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import type { FunnelCounts } from "@/lib/offers/shape-funnel";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { UNKNOWN_SEGMENT } from "@/lib/segments/dimensions";
import type { RfmGroup } from "@/lib/segments/rfm";
import { isControlSql } from "../campaigns/control-variant-sql";
import { getRfmScores } from "../segments/get-rfm-scores";
import { segmentValueSql } from "../segments/segment-value-sql";

export type FunnelBy = "campaign" | "placement" | "segment";

/**
 * Offers shown in the period, outside control/holdout groups, grouped by campaign, placement or the
 * customer's segment value: offers shown, accepted, and purchased (accepted and linked to a counted
 * order), distinct customers, and attributed revenue (the offer's own, else its counted order's).
 */
export function getOfferFunnel(db: Db, ws: number, period: Period, by: FunnelBy, dimension: SegmentDimension): FunnelCounts[] {
  let ctes: SQL[] = [];
  let join = sql``;
  let key: SQL;
  let label: SQL;
  if (by === "campaign") {
    key = sql`k.campaign_key`;
    label = sql`k.name`;
  } else if (by === "placement") {
    key = sql`coalesce(nullif(trim(o.placement), ''), nullif(trim(k.placement), ''), ${UNKNOWN_SEGMENT})`;
    label = key;
  } else {
    let rfm: Map<number, RfmGroup> | undefined;
    if (dimension.kind === "rfm") rfm = new Map(getRfmScores(db, ws, period).map((s) => [s.customerId, s.group]));
    const source = segmentValueSql(ws, dimension, { period, rfm });
    ctes = source.ctes;
    join = sql`JOIN customers c ON c.id = o.customer_id ${source.join}`;
    // Values compare without regard to case, like the Segments page.
    key = sql`coalesce(lower(${source.value}), ${UNKNOWN_SEGMENT})`;
    label = sql`coalesce(${source.value}, ${UNKNOWN_SEGMENT})`;
  }
  return db.all<FunnelCounts>(sql`
    ${ctes.length ? sql`WITH ${sql.join(ctes, sql`, `)}` : sql``}
    SELECT ${key} AS key, min(${label}) AS label,
           count(*) AS shown,
           sum(o.accepted) AS accepted,
           sum(CASE WHEN o.accepted AND f.counted THEN 1 ELSE 0 END) AS purchased,
           count(DISTINCT o.customer_id) AS customers,
           coalesce(sum(CASE WHEN o.accepted THEN coalesce(o.revenue, CASE WHEN f.counted THEN f.revenue END, 0) END), 0) AS revenue
    FROM offers o
    JOIN campaigns k ON k.id = o.campaign_id
    LEFT JOIN orders od ON od.workspace_id = ${ws} AND od.order_key = o.order_key
    LEFT JOIN order_facts f ON f.order_id = od.id
    ${join}
    WHERE o.workspace_id = ${ws} AND o.shown_at >= ${period.startMs} AND o.shown_at < ${period.endMs} AND NOT ${isControlSql}
    GROUP BY 1
    ORDER BY shown DESC, key`);
}
