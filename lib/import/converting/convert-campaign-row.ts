import { readAmount } from "./convert-product-row";
import { CAMPAIGN_TYPES } from "../../schemas/campaign-types";
import { normalizeCampaignType } from "./normalize-campaign-type";
import { toIsoDate } from "./parse-date";
import type { CampaignRecord } from "../records";
import type { RowReader } from "../reading/row-reader";

export function convertCampaignRow(r: RowReader): CampaignRecord | null {
  const campaignId = r.text("campaign_id", { required: true });
  const name = r.text("name", { required: true });
  const typeText = r.text("type", { required: true });
  const type = typeText === null ? null : normalizeCampaignType(typeText);
  if (typeText !== null && type === null) {
    r.fail("type", `Unknown campaign type "${typeText}": expected ${CAMPAIGN_TYPES.join(", ")} (or a spelling like "Cross-sell").`);
  }
  const start = r.date("start_date", { required: true });
  const end = r.date("end_date");
  const startDate = start ? toIsoDate(start) : null;
  const endDate = end ? toIsoDate(end) : null;
  if (startDate && endDate && endDate < startDate) r.fail("end_date", `End date ${endDate} is before start date ${startDate}.`);
  const cost = readAmount(r, "cost");
  if (r.problem || campaignId === null || name === null || type === null || startDate === null) return null;
  return {
    line: r.line,
    campaignId,
    name,
    type,
    startDate,
    endDate,
    cost,
    channel: r.text("channel"),
    placement: r.text("placement"),
    targetSegment: r.text("target_segment"),
    promotedSkus: (r.text("promoted_skus") ?? "")
      .split("|")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  };
}
