import { asc, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { campaignFacts, campaigns, workspaces } from "../../schema";
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
export function refreshCampaignFacts(db: Db, ws: number): void {
  refreshOfferFacts(db, ws);
  refreshRfmFacts(db, ws);
  db.delete(campaignFacts).where(eq(campaignFacts.workspaceId, ws)).run();
  const w = db.select({ timezone: workspaces.timezone, dataVersion: workspaces.dataVersion }).from(workspaces).where(eq(workspaces.id, ws)).get();
  const list = db
    .select({ id: campaigns.id, startDate: campaigns.startDate, endDate: campaigns.endDate })
    .from(campaigns)
    .where(eq(campaigns.workspaceId, ws))
    .orderBy(asc(campaigns.id))
    .all();
  if (!w || list.length === 0) return;
  const parts: CampaignParts = {
    ...computeCampaignParts(db, ws, campaignWindows(db, ws, w.timezone, list)),
    beforeAfter: computeBeforeAfter(db, { id: ws, timezone: w.timezone }, listCampaigns(db, ws), getDataRange(db, ws, w.timezone), { segment: [] }),
    abTests: computeAbTests(db, ws),
  };
  db.insert(campaignFacts).values({ workspaceId: ws, dataVersion: w.dataVersion, timezone: w.timezone, parts }).run();
}
