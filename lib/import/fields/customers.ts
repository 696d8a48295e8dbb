import { CUSTOMER_KEY_FIELDS, type KindSpec } from "./field-spec";

export const CUSTOMER_FIELDS = {
  ...CUSTOMER_KEY_FIELDS,
  signup_date: {
    type: "date",
    label: "signup date",
    synonyms: [
      "signup date",
      "sign up date",
      "signed up",
      "signup",
      "registration date",
      "registered",
      "registered at",
      "created at",
      "created",
      "customer since",
      "first seen",
      "aanmelddatum",
      "registratiedatum",
      "inschrijfdatum",
      "klant sinds",
      "aangemaakt op",
    ],
  },
  birth_year: {
    type: "integer",
    label: "birth year",
    synonyms: ["birth year", "year of birth", "birthyear", "born", "geboortejaar"],
  },
  age: { type: "integer", label: "age", synonyms: ["age", "leeftijd"] },
  gender: { type: "text", label: "gender", synonyms: ["gender", "sex", "geslacht"] },
  city: {
    type: "text",
    label: "city",
    synonyms: ["city", "town", "default address city", "plaats", "woonplaats", "stad"],
  },
  region: {
    type: "text",
    label: "region",
    synonyms: ["region", "province", "province code", "state", "county", "default address province code", "regio", "provincie"],
  },
  country: {
    type: "text",
    label: "country",
    synonyms: ["country", "country code", "default address country code", "land", "landcode"],
  },
  channel: {
    type: "text",
    label: "channel",
    synonyms: ["channel", "acquisition channel", "source", "signup source", "kanaal", "bron", "herkomst"],
  },
  marketing_opt_out: {
    type: "boolean",
    label: "marketing opt-out",
    synonyms: ["marketing opt out", "opt out", "opted out", "unsubscribed", "do not contact", "no marketing", "afgemeld", "uitgeschreven", "geen marketing"],
  },
  // The opposite statement; read and inverted into marketingOptOut.
  marketing_opt_in: {
    type: "boolean",
    label: "accepts marketing",
    synonyms: [
      "accepts marketing",
      "accepts email marketing",
      "marketing opt in",
      "opt in",
      "newsletter",
      "subscribed",
      "nieuwsbrief",
      "aangemeld nieuwsbrief",
      "marketing toestemming",
    ],
  },
} as const;

export type CustomerField = keyof typeof CUSTOMER_FIELDS;

export const CUSTOMERS_SPEC: KindSpec<CustomerField> = {
  kind: "customers",
  fields: CUSTOMER_FIELDS,
  required: [["customer_id", "customer_email", "customer_phone"]],
  template: {
    customer_id: "C-0001",
    signup_date: "2024-11-02",
    birth_year: "1987",
    gender: "female",
    city: "Utrecht",
    region: "Utrecht",
    country: "NL",
    channel: "web",
    marketing_opt_out: "no",
  },
};
