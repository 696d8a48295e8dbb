import type { ConvertContext } from "./convert-context";
import { readCustomerRef } from "./read-customer-ref";
import type { OfferRecord } from "../records";
import type { RowReader } from "../reading/row-reader";
import { toEpochMs } from "./to-epoch-ms";

export function convertOfferRow(r: RowReader, ctx: ConvertContext): OfferRecord | null {
  const offerId = r.text("offer_id");
  const customer = readCustomerRef(r, "offer");
  const campaignId = r.text("campaign_id", { required: true });
  const shown = r.date("shown_at", { required: true });
  const accepted = r.boolean("accepted", { required: true });
  const revenue = r.number("revenue");
  if (r.problem || campaignId === null || shown === null || accepted === null) return null;
  return {
    line: r.line,
    offerId,
    ...customer,
    campaignId,
    shownAt: toEpochMs(shown, ctx.timeZone),
    accepted,
    variant: r.text("variant"),
    placement: r.text("placement"),
    orderId: r.text("order_id"),
    revenue,
  };
}
