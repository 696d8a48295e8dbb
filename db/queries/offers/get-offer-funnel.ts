import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import type { FunnelCounts } from "@/lib/offers/shape-funnel";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { UNKNOWN_SEGMENT } from "@/lib/segments/dimensions";
import { getRfmGroups, type RfmGroups } from "../segments/get-rfm-scores";
import { segmentValueSql } from "../segments/segment-value-sql";
import { readSnapshot } from "../../sqlite/read-snapshot";
import { compareBinary, mergeByValue, segmentKey } from "@/lib/segments/merge-by-value";
import { customerValueCodes } from "../segments/customer-value-codes";
import { offerFactsServe } from "./offer-facts-serve";
import { tallyOfferFunnels } from "./tally-offer-funnels";
import { funnelRowsSql, offersByCustomerSql, shownOffersSql, type FunnelBy } from "./shown-offers-sql";

export type { FunnelBy };

type Tally = Pick<FunnelCounts, "shown" | "accepted" | "purchased" | "customers" | "revenue">;
const addFunnelCounts = (into: Tally, r: Tally) => {
  into.shown += r.shown;
  into.accepted += r.accepted;
  into.purchased += r.purchased;
  into.customers += r.customers; // each customer has one value: the spellings' customers are disjoint
  into.revenue += r.revenue;
};

/**
 * Offers shown in the period, outside control/holdout groups, grouped by campaign, by placement and
 * by the customer's segment value: offers shown, accepted, and purchased (accepted and linked to a
 * counted order), distinct customers, and attributed revenue (shownOffersSql).
 * When the period holds every offer and the kept offer facts are current (db/queries/offers/
 * refresh-offer-facts.ts), the campaign and placement rows are read as kept and the segment rows group
 * the kept per-customer totals. Otherwise the period's offers are read and matched to their orders once,
 * and tallied three ways in one pass (tally-offer-funnels.ts), or grouped in SQL where customer ids are too
 * spread out for that (and with `grouping: "sql"`, for tests). `source: "offers"` always counts the offers.
 */
export function getOfferFunnels(
  db: Db,
  workspaceId: number,
  period: Period,
  dimension: SegmentDimension,
  opts: { source?: "kept" | "offers"; grouping?: "sql" } = {},
): Record<FunnelBy, FunnelCounts[]> {
  // One snapshot: whether the kept facts serve is decided on the data they are then read from.
  return readSnapshot(db, () => offerFunnels(db, workspaceId, period, dimension, opts));
}

function offerFunnels(
  db: Db,
  workspaceId: number,
  period: Period,
  dimension: SegmentDimension,
  opts: { source?: "kept" | "offers"; grouping?: "sql" },
): Record<FunnelBy, FunnelCounts[]> {
  let rfm: RfmGroups | undefined;
  if (dimension.kind === "rfm") rfm = getRfmGroups(db, workspaceId, period);
  const source = segmentValueSql(workspaceId, dimension, { period, rfm });
  const kept = opts.source !== "offers" && offerFactsServe(db, workspaceId, period);
  const codes = kept || opts.grouping === "sql" ? null : customerValueCodes(db, workspaceId, dimension, period, source);
  if (codes) {
    const tallied = tallyOfferFunnels(db, sql`(${shownOffersSql(workspaceId, period)})`, codes);
    return {
      campaign: tallied.campaign,
      placement: tallied.placement,
      segment: segmentFunnels(tallied.segment.map(({ raw, ...r }) => ({ ...r, value: source.decode(raw) }))),
    };
  }
  const ctes = [
    ...source.ctes,
    ...(kept
      ? [sql`by_customer AS (SELECT customer_id, shown, accepted, purchased, revenue FROM customer_offer_facts WHERE workspace_id = ${workspaceId})`]
      : [
          sql`shown AS MATERIALIZED (${shownOffersSql(workspaceId, period)})`,
          // Each customer is in one segment: summed per customer first, the customers are read once each
          // and in id order (not once per offer, at random), and the row count is the distinct customers.
          sql`by_customer AS (${offersByCustomerSql(sql`shown`)})`,
        ]),
  ];
  const funnelRows = kept
    ? sql`SELECT by, key, label, shown, accepted, purchased, customers, revenue FROM offer_funnel_facts WHERE workspace_id = ${workspaceId}`
    : funnelRowsSql(sql`shown`);
  const rows = db.all<FunnelCounts & { by: FunnelBy; raw: unknown }>(sql`
    WITH ${sql.join(ctes, sql`, `)}
    SELECT *, NULL AS raw FROM (${funnelRows})
    -- Grouped by the value's stored spelling (or code): merged and named below.
    UNION ALL
    SELECT 'segment' AS by, NULL AS key, NULL AS label, sum(x.shown) AS shown, sum(x.accepted) AS accepted, sum(x.purchased) AS purchased,
           count(*) AS customers, coalesce(sum(x.revenue), 0) AS revenue, ${source.raw} AS raw
    FROM by_customer x JOIN customers c ON c.id = x.customer_id ${source.join}
    GROUP BY raw
    ORDER BY by, shown DESC, key`);
  const out: Record<FunnelBy, FunnelCounts[]> = { campaign: [], placement: [], segment: [] };
  const segments: ValueFunnel[] = [];
  for (const { by, raw, key, label, ...r } of rows) {
    if (by === "segment") segments.push({ ...r, value: source.decode(raw) });
    else out[by].push({ key, label, ...r });
  }
  out.segment = segmentFunnels(segments);
  return out;
}

type ValueFunnel = Omit<FunnelCounts, "key" | "label"> & { value: string | null };

/** Values compare without regard to case, like the Segments page; no value = "(unknown)". */
function segmentFunnels(values: ValueFunnel[]): FunnelCounts[] {
  return mergeByValue(values, addFunnelCounts)
    .map(({ value, ...r }) => ({ key: value === null ? UNKNOWN_SEGMENT : segmentKey(value), label: value ?? UNKNOWN_SEGMENT, ...r }))
    .sort((a, b) => b.shown - a.shown || compareBinary(a.key, b.key));
}
