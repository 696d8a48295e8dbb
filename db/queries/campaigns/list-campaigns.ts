import { asc, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { campaigns, type CampaignType } from "../../schema";

export type CampaignSummary = { key: string; name: string; type: CampaignType; startDate: string; endDate: string | null; cost: number | null };

export function listCampaigns(db: Db, workspaceId: number): CampaignSummary[] {
  return db
    .select({
      key: campaigns.campaignKey,
      name: campaigns.name,
      type: campaigns.type,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
      cost: campaigns.cost,
    })
    .from(campaigns)
    .where(eq(campaigns.workspaceId, workspaceId))
    .orderBy(asc(campaigns.startDate), asc(campaigns.campaignKey))
    .all();
}
