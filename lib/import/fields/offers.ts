import { CUSTOMER_KEY_FIELDS, type KindSpec } from "./field-spec";

export const OFFER_FIELDS = {
  offer_id: {
    type: "text",
    label: "offer id",
    synonyms: ["offer id", "offerid", "offer", "impression id", "event id", "aanbod id", "aanbieding id"],
  },
  ...CUSTOMER_KEY_FIELDS,
  campaign_id: {
    type: "text",
    label: "campaign id",
    synonyms: ["campaign id", "campaignid", "campaign", "campaign code", "campagne id", "campagne", "campagnecode"],
  },
  shown_at: {
    type: "datetime",
    label: "shown at",
    synonyms: [
      "shown at",
      "shown",
      "shown on",
      "displayed at",
      "impression time",
      "timestamp",
      "date",
      "datetime",
      "time",
      "getoond op",
      "getoond",
      "tijdstip",
      "datum",
    ],
  },
  accepted: {
    type: "boolean",
    label: "accepted (yes/no)",
    synonyms: ["accepted", "converted", "conversion", "taken", "geaccepteerd", "aangenomen", "geconverteerd"],
  },
  variant: { type: "text", label: "variant", synonyms: ["variant", "ab variant", "group", "test group", "arm", "version", "versie", "groep"] },
  placement: { type: "text", label: "placement", synonyms: ["placement", "position", "location", "plaatsing", "positie", "locatie"] },
  order_id: {
    type: "text",
    label: "order id",
    synonyms: ["order id", "orderid", "order", "order number", "ordernummer", "bestelnummer"],
  },
  revenue: { type: "number", label: "revenue", synonyms: ["revenue", "value", "offer revenue", "amount", "omzet", "opbrengst", "waarde"] },
} as const;

export type OfferField = keyof typeof OFFER_FIELDS;

export const OFFERS_SPEC: KindSpec<OfferField> = {
  kind: "offers",
  fields: OFFER_FIELDS,
  required: [["customer_id", "customer_email", "customer_phone"], ["campaign_id"], ["shown_at"], ["accepted"]],
  template: {
    offer_id: "OF-000001",
    customer_id: "C-0001",
    campaign_id: "CS-2025-01",
    shown_at: "2025-01-07 19:42",
    accepted: "yes",
    variant: "B",
    placement: "cart",
    order_id: "1001",
    revenue: "12.50",
  },
};
