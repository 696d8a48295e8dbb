import { sql, type SQL } from "drizzle-orm";
import type { Period } from "@/lib/kpi/period";
import { UNKNOWN_SEGMENT } from "@/lib/segments/dimensions";
import { isControlSql } from "../campaigns/control-variant-sql";

export type FunnelBy = "campaign" | "placement" | "segment";

/**
 * "Offers shown" as every KPI counts them, as `FROM …`: the workspace's offers (shown in [startMs,
 * endMs) when given), outside control/holdout groups, whose rows record customers who were never
 * shown the offer (lib/campaigns/control-variants.ts); of one campaign and a set of customers when
 * given (`customers`: a condition on o.customer_id). The one definition the offer-conversion card,
 * its series, the segment table and the data summary count with (`o` is the offer row).
 */
export function shownOffersFrom(workspaceId: number, opts: { startMs?: number; endMs?: number; campaign?: string; customers?: SQL | null } = {}): SQL {
  // "+": the campaign is checked in offers_shown_idx's range of the period, not found through
  // offers_campaign_idx, which has no shown_at and made every statement read all the campaign's offers.
  return sql`offers o
    WHERE o.workspace_id = ${workspaceId} AND NOT ${isControlSql}
      ${opts.campaign ? sql`AND +o.campaign_id = (SELECT id FROM campaigns WHERE workspace_id = ${workspaceId} AND campaign_key = ${opts.campaign})` : sql``}
      ${opts.startMs !== undefined ? sql`AND o.shown_at >= ${opts.startMs}` : sql``} ${opts.endMs !== undefined ? sql`AND o.shown_at < ${opts.endMs}` : sql``}
      ${opts.customers ? sql`AND ${opts.customers}` : sql``}`;
}

/**
 * The offers a funnel counts: shown (in the period, if one is given) outside control/holdout groups,
 * each with its campaign, placement (the offer's own, else the campaign's, else "(unknown)"), customer,
 * whether it was accepted and purchased (accepted and linked to a counted order), and its attributed
 * revenue (the offer's own, else its counted order's). One definition for the view and the kept facts.
 */
export function shownOffersSql(workspaceId: number, period?: Period): SQL {
  return sql`
    SELECT k.campaign_key, k.name,
           coalesce(nullif(trim(o.placement), ''), nullif(trim(k.placement), ''), ${UNKNOWN_SEGMENT}) AS placement,
           o.customer_id, o.accepted, o.accepted AND coalesce(f.counted, 0) AS purchased,
           CASE WHEN o.accepted THEN coalesce(o.revenue, CASE WHEN f.counted THEN f.revenue END, 0) END AS revenue
    FROM offers o
    JOIN campaigns k ON k.id = o.campaign_id
    LEFT JOIN orders od ON od.workspace_id = ${workspaceId} AND od.order_key = o.order_key
    LEFT JOIN order_facts f ON f.order_id = od.id
    WHERE o.workspace_id = ${workspaceId} ${period ? sql`AND o.shown_at >= ${period.startMs} AND o.shown_at < ${period.endMs}` : sql``} AND NOT ${isControlSql}`;
}

/** The campaign and placement rows of a funnel from a table or CTE of shownOffersSql rows. */
export function funnelRowsSql(from: SQL): SQL {
  const grouped = (by: FunnelBy, key: SQL, label: SQL) => sql`
    SELECT ${by} AS by, ${key} AS key, min(${label}) AS label, count(*) AS shown, sum(accepted) AS accepted, sum(purchased) AS purchased,
           count(DISTINCT customer_id) AS customers, coalesce(sum(revenue), 0) AS revenue
    FROM ${from} GROUP BY 2`;
  return sql`${grouped("campaign", sql`campaign_key`, sql`name`)} UNION ALL ${grouped("placement", sql`placement`, sql`placement`)}`;
}

/** Per customer: offers shown, accepted and purchased, and attributed revenue, from shownOffersSql rows. */
export function offersByCustomerSql(from: SQL): SQL {
  return sql`SELECT customer_id, count(*) AS shown, sum(accepted) AS accepted, sum(purchased) AS purchased, coalesce(sum(revenue), 0) AS revenue
             FROM ${from} GROUP BY customer_id`;
}
