import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { campaignFacts, campaigns, workspaces, workspaceState } from "../../schema";
import { campaignWindows, computeCampaignParts, type CampaignParts } from "./get-campaign-parts";
import { computeBeforeAfter } from "./compute-before-after";
import { getDataRange } from "../kpis/get-data-range";
import { listCampaigns } from "./list-campaigns";
import { computeAbTests } from "../offers/compute-ab-tests";
import { refreshOfferFacts } from "../offers/refresh-offer-facts";
import { refreshRfmFacts } from "../segments/refresh-rfm-facts";

/**
 * Computes the campaigns page's parts (offer statistics, margins, holdout revenue, the before/after
 * KPIs without filters, which the overview shows too, and the A/B test listing) for the workspace's
 * current data and keeps them in campaign_facts: run after the last data_version raise of an import or
 * undo, in its transaction (the import pays once, views read). Nothing is kept without campaigns.
 * The offer totals per customer, campaign and placement (customer_offer_facts, offer_funnel_facts) and the default view's
 * RFM groups (rfm_facts) are made here too.
 */
export function refreshCampaignFacts(db: Db, workspaceId: number): void {
  refreshOfferFacts(db, workspaceId);
  refreshRfmFacts(db, workspaceId);
  db.delete(campaignFacts).where(eq(campaignFacts.workspaceId, workspaceId)).run();
  const w = db
    .select({ timezone: workspaces.timezone, dataVersion: sql<number>`coalesce(${workspaceState.dataVersion}, 0)` })
    .from(workspaces)
    .leftJoin(workspaceState, eq(workspaceState.workspaceId, workspaces.id))
    .where(eq(workspaces.id, workspaceId))
    .get();
  const list = db
    .select({ id: campaigns.id, startDate: campaigns.startDate, endDate: campaigns.endDate })
    .from(campaigns)
    .where(eq(campaigns.workspaceId, workspaceId))
    .orderBy(asc(campaigns.id))
    .all();
  if (!w || list.length === 0) return;
  const parts: CampaignParts = {
    ...computeCampaignParts(db, workspaceId, campaignWindows(db, workspaceId, w.timezone, list)),
    beforeAfter: computeBeforeAfter(db, { id: workspaceId, timezone: w.timezone }, listCampaigns(db, workspaceId), getDataRange(db, workspaceId, w.timezone), {
      segment: [],
    }),
    abTests: computeAbTests(db, workspaceId),
  };
  db.insert(campaignFacts).values({ workspaceId, dataVersion: w.dataVersion, timezone: w.timezone, parts }).run();
}
