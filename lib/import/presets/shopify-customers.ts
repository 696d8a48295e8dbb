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
  notes: [
    "Customers are keyed by e-mail address, as in Shopify's orders export (which has no customer id); Customer ID is used only for customers without e-mail.",
    "Accepts Email Marketing = no is stored as a marketing opt-out.",
    "Names, company, address, zip, phone numbers and notes are not imported; Total Spent, Total Orders, Tags and the like become customer attributes.",
  ],
};
