import type { ConvertContext } from "./convert-context";
import { toIsoDate } from "./parse-date";
import { readCustomerRef } from "./read-customer-ref";
import type { FeedbackRecord } from "../records";
import type { RowReader } from "../reading/row-reader";

export function convertFeedbackRow(r: RowReader, ctx: ConvertContext): FeedbackRecord | null {
  const customer = readCustomerRef(r, "feedback row");
  const date = r.date("date", { required: true });
  const rating = r.number("rating", { required: true });
  const [min, max] = ctx.ratingScale === 10 ? [0, 10] : [1, 5];
  if (rating !== null && (rating < min || rating > max)) {
    r.fail("rating", `Rating ${rating} is outside ${min}-${max}, the scale of this file (decided from its rating column: 0-10 if any rating is 0 or above 5).`);
  }
  if (r.problem || date === null || rating === null) return null;
  return {
    line: r.line,
    ...customer,
    date: toIsoDate(date),
    rating,
    scale: ctx.ratingScale,
    campaignId: r.text("campaign_id"),
    comment: r.text("comment"),
  };
}
