import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { campaignFacts } from "../../schema";
import type { MarginCounts } from "@/lib/campaigns/summarize-margin";
import { makePeriod, type Period } from "@/lib/kpi/period";
import { getDataRange } from "../kpis/get-data-range";
import type { BeforeAfter } from "./compute-before-after";
import { getCampaignMargins } from "./get-campaign-margins";
import { getCampaignOfferStats, type CampaignOfferStats } from "./get-campaign-offer-stats";
import { getHoldoutRevenue, type HoldoutRevenue } from "./get-holdout-revenue";
import type { AbTestListing } from "../offers/compute-ab-tests";

/** What the campaigns page computes from every offer and order, for all campaigns of a workspace; kept
 * parts also hold every campaign's before/after KPIs without filters (compute-before-after.ts)
 * and the A/B test listing (offers/compute-ab-tests.ts). */
export type CampaignParts = {
  stats: CampaignOfferStats[];
  margins: (MarginCounts & { campaignId: number })[];
  holdout: HoldoutRevenue[];
  beforeAfter?: BeforeAfter[];
  abTests?: AbTestListing[];
};
type CampaignDates = { id: number; startDate: string; endDate: string | null };

/** Each campaign's window: start..end, or start..the last data day when open-ended; none when it starts after the data. */
export function campaignWindows(db: Db, workspaceId: number, timeZone: string, list: readonly CampaignDates[]): Map<number, Period> {
  const lastDay = getDataRange(db, workspaceId, timeZone)?.last ?? null;
  return new Map(
    list.flatMap((c) => {
      const to = c.endDate ?? lastDay;
      return to !== null && to >= c.startDate ? [[c.id, makePeriod(c.startDate, to, timeZone)] as const] : [];
    }),
  );
}

export function computeCampaignParts(db: Db, workspaceId: number, windows: ReadonlyMap<number, Period>): CampaignParts {
  return {
    stats: getCampaignOfferStats(db, workspaceId),
    margins: getCampaignMargins(db, workspaceId),
    holdout: getHoldoutRevenue(
      db,
      workspaceId,
      [...windows].map(([campaignId, p]) => ({ campaignId, startMs: p.startMs, endMs: p.endMs })),
    ),
  };
}

/** The parts kept at the last import (db/queries/campaigns/refresh-campaign-facts.ts) if they are for
 * this very data and time zone, else null. Parts that no time zone changes (the A/B test listing)
 * are read without one. */
export function keptCampaignParts(db: Db, workspaceId: number, timeZone?: string): CampaignParts | null {
  const kept = db
    .select({ parts: campaignFacts.parts })
    .from(campaignFacts)
    .where(
      and(
        eq(campaignFacts.workspaceId, workspaceId),
        timeZone === undefined ? undefined : eq(campaignFacts.timezone, timeZone),
        eq(campaignFacts.dataVersion, sql`(SELECT data_version FROM workspace_state WHERE workspace_id = ${workspaceId})`),
      ),
    )
    .get();
  return kept ? (kept.parts as CampaignParts) : null;
}

/** Kept parts when valid, else computed now. */
export function getCampaignParts(db: Db, workspaceId: number, timeZone: string, windows: ReadonlyMap<number, Period>): CampaignParts {
  return keptCampaignParts(db, workspaceId, timeZone) ?? computeCampaignParts(db, workspaceId, windows);
}
