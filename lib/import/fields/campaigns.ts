import type { KindSpec } from "./field-spec";

export const CAMPAIGN_FIELDS = {
  campaign_id: {
    type: "text",
    label: "campaign id",
    synonyms: [
      "campaign id",
      "campaignid",
      "campaign",
      "campaign code",
      "campaign key",
      "campaign number",
      "campagne id",
      "campagne",
      "campagnecode",
      "campagnenummer",
    ],
  },
  name: { type: "text", label: "name", synonyms: ["name", "campaign name", "title", "naam", "campagnenaam", "titel"] },
  type: {
    type: "text",
    label: "type",
    synonyms: ["type", "campaign type", "kind", "sell type", "soort", "campagnetype", "campagnesoort"],
  },
  start_date: {
    type: "date",
    label: "start date",
    synonyms: ["start date", "start", "starts", "starts at", "from", "begin date", "startdatum", "begindatum", "start datum", "vanaf"],
  },
  end_date: {
    type: "date",
    label: "end date",
    synonyms: ["end date", "end", "ends", "ends at", "until", "to", "einddatum", "eind datum", "tot", "tm", "tot en met"],
  },
  cost: { type: "number", label: "cost", synonyms: ["cost", "costs", "spend", "budget", "kosten", "uitgaven"] },
  channel: { type: "text", label: "channel", synonyms: ["channel", "kanaal"] },
  placement: { type: "text", label: "placement", synonyms: ["placement", "position", "location", "plaatsing", "positie", "locatie"] },
  target_segment: {
    type: "text",
    label: "target segment",
    synonyms: ["target segment", "segment", "target", "audience", "target audience", "doelgroep", "doelsegment"],
  },
  promoted_skus: {
    type: "text",
    label: "promoted SKUs",
    synonyms: ["promoted skus", "promoted sku", "skus", "promoted products", "products", "producten", "gepromote producten", "artikelen"],
  },
} as const;

export type CampaignField = keyof typeof CAMPAIGN_FIELDS;

export const CAMPAIGNS_SPEC: KindSpec<CampaignField> = {
  kind: "campaigns",
  fields: CAMPAIGN_FIELDS,
  required: [["campaign_id"], ["name"], ["type"], ["start_date"]],
  template: {
    campaign_id: "CS-2025-01",
    name: "Mok + bonen in de winkelwagen",
    type: "cross_sell",
    start_date: "2025-01-06",
    end_date: "2025-02-02",
    cost: "1250.00",
    channel: "web",
    placement: "cart",
    target_segment: "returning",
    promoted_skus: "BEANS-250|BEANS-1000",
  },
};
