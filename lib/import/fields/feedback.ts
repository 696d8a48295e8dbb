import { CUSTOMER_KEY_FIELDS, type KindSpec } from "./field-spec";

export const FEEDBACK_FIELDS = {
  ...CUSTOMER_KEY_FIELDS,
  date: {
    type: "date",
    label: "date",
    synonyms: ["date", "feedback date", "response date", "submitted at", "submitted", "created at", "datum", "ingevuld op"],
  },
  rating: {
    type: "number",
    label: "rating",
    synonyms: ["rating", "score", "stars", "nps", "nps score", "grade", "beoordeling", "cijfer", "sterren", "waardering"],
  },
  campaign_id: {
    type: "text",
    label: "campaign id",
    synonyms: ["campaign id", "campaignid", "campaign", "campagne id", "campagne"],
  },
  comment: {
    maxLength: 20_000,
    type: "text",
    label: "comment",
    synonyms: ["comment", "comments", "feedback", "review", "remark", "text", "opmerking", "opmerkingen", "toelichting", "reactie"],
  },
} as const;

export type FeedbackField = keyof typeof FEEDBACK_FIELDS;

export const FEEDBACK_SPEC: KindSpec<FeedbackField> = {
  kind: "feedback",
  fields: FEEDBACK_FIELDS,
  required: [["customer_id", "customer_email", "customer_phone"], ["date"], ["rating"]],
  template: { customer_id: "C-0001", date: "2025-02-10", rating: "4", campaign_id: "CS-2025-01", comment: "Handige tip bij het afrekenen" },
};
