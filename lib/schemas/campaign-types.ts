// What a campaign sets out to do; the campaigns table's `type` column takes only these.
export const CAMPAIGN_TYPES = ["cross_sell", "upsell", "deep_sell", "bundle"] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];
