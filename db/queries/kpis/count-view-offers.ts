import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { HOUR_MS } from "../../schema";
import type { KpiFilters } from "@/lib/kpi/filters";
import type { Bucket } from "@/lib/kpi/period";
import { offerHoursServe } from "../offers/offer-hours-serve";
import { currentFilters, viewOffersFrom, type ResolvedFilters } from "./kpi-filter-sql";

type Range = { startMs: number; endMs: number };
export type OfferCounts = { shown: number; accepted: number };

/** Offers shown and accepted in the range under the view's filters (viewOffersFrom): summed from
 * offer_hours when no segment picks the offers and the range is whole hours, else counted. */
export function countViewOffers(db: Db, workspaceId: number, given: ResolvedFilters, range: Range): OfferCounts {
  const filters = currentFilters(db, given);
  if (offerHoursServe(db, workspaceId, filters, [range])) {
    return db.get<OfferCounts>(sql`
      SELECT coalesce(sum(shown), 0) AS shown, coalesce(sum(accepted), 0) AS accepted FROM offer_hours h
      WHERE workspace_id = ${workspaceId} AND hour >= ${range.startMs / HOUR_MS} AND hour < ${range.endMs / HOUR_MS} ${ofCampaign(workspaceId, filters)}`);
  }
  const r = db.get<{ shown: number; accepted: number | null }>(sql`
    SELECT count(*) AS shown, sum(o.accepted) AS accepted FROM ${viewOffersFrom(db, workspaceId, filters, range)}`);
  return { shown: r.shown, accepted: r.accepted ?? 0 };
}

/** countViewOffers per bucket, by key: from offer_hours in one statement, or one range scan per bucket
 * (joining the buckets to the period's offers re-read every offer for each bucket). */
export function countViewOfferBuckets(db: Db, workspaceId: number, given: ResolvedFilters, buckets: Bucket[]): Map<string, OfferCounts> {
  const filters = currentFilters(db, given);
  if (buckets.length && offerHoursServe(db, workspaceId, filters, buckets)) {
    const values = sql.join(
      buckets.map((b) => sql`(${b.key}, ${b.startMs / HOUR_MS}, ${b.endMs / HOUR_MS})`),
      sql`, `,
    );
    const rows = db.all<OfferCounts & { key: string }>(sql`
      WITH b(key, s, e) AS (VALUES ${values})
      SELECT b.key, coalesce(sum(h.shown), 0) AS shown, coalesce(sum(h.accepted), 0) AS accepted
      FROM b LEFT JOIN offer_hours h ON h.workspace_id = ${workspaceId} AND h.hour >= b.s AND h.hour < b.e ${ofCampaign(workspaceId, filters)}
      GROUP BY b.key`);
    return new Map(rows.map(({ key, ...c }) => [key, c]));
  }
  return new Map(buckets.map((b) => [b.key, countViewOffers(db, workspaceId, filters, b)]));
}

const ofCampaign = (workspaceId: number, filters: KpiFilters) =>
  filters.campaign ? sql`AND h.campaign_id = (SELECT id FROM campaigns WHERE workspace_id = ${workspaceId} AND campaign_key = ${filters.campaign})` : sql``;
