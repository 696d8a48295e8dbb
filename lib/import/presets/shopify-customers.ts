import type { Preset } from "./preset";

// Shopify "Export customers" (both the current "Default Address ..." and the older layout).
export const SHOPIFY_CUSTOMERS: Preset = {
  id: "shopify_customers",
  kind: "customers",
  label: "Shopify customers export",
  signature: ["firstname", "lastname", "email", "totalspent", "totalorders"],
  columns: {
    customer_email: ["Email"],
    customer_id: ["Customer ID"],
    city: ["Default Address City", "City"],
    region: ["Default Address Province Code", "Province Code", "Province"],
    country: ["Default Address Country Code", "Country Code", "Country"],
    marketing_opt_in: ["Accepts Email Marketing", "Accepts Marketing"],
  },
  // The notes' texts: messages imports.presetNotes.shopify_customers, in each language.
  notes: ["key", "optOut", "dropped"],
};
