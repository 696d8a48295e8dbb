import type { CampaignType } from "../../schemas/campaign-types";

// Keys are lowercase letters only: "Cross-sell", "cross sell" and "CROSS_SELLING" all become "crosssell…".
const TYPES: Record<string, CampaignType> = {
  crosssell: "cross_sell",
  crossselling: "cross_sell",
  crosssale: "cross_sell",
  kruisverkoop: "cross_sell",
  upsell: "upsell",
  upselling: "upsell",
  upsale: "upsell",
  deepsell: "deep_sell",
  deepselling: "deep_sell",
  bundle: "bundle",
  bundles: "bundle",
  bundling: "bundle",
  bundel: "bundle",
  bundels: "bundle",
};

/** cross_sell | upsell | deep_sell | bundle from common spellings; null when unknown. */
export function normalizeCampaignType(raw: string): CampaignType | null {
  return TYPES[raw.toLowerCase().replace(/[^a-z]/g, "")] ?? null;
}
