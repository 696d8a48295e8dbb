import type { Preset } from "./preset";

// Shopify "Export orders": one row per line item; order fields only on an order's first row.
export const SHOPIFY_ORDERS: Preset = {
  id: "shopify_orders",
  kind: "orders",
  label: "Shopify orders export",
  signature: ["name", "financialstatus", "createdat", "lineitemname", "lineitemquantity", "lineitemprice"],
  columns: {
    order_id: ["Name"],
    order_date: ["Created at"],
    customer_email: ["Email"],
    sku: ["Lineitem sku"],
    product_name: ["Lineitem name"],
    quantity: ["Lineitem quantity"],
    unit_price: ["Lineitem price"],
    discount: ["Lineitem discount"],
    order_discount: ["Discount Amount"],
    status: ["Financial Status"],
    cancelled_at: ["Cancelled at"],
    channel: ["Source"],
    currency: ["Currency"],
    // Billing, else shipping (a preset takes the first of these the file has, for every order).
    city: ["Billing City", "Shipping City"],
    region: ["Billing Province Name", "Billing Province", "Shipping Province Name", "Shipping Province"],
    country: ["Billing Country", "Shipping Country"],
  },
  // The notes' texts: messages imports.presetNotes.shopify_orders, in each language.
  notes: ["carried", "discount", "notCounted", "guests", "sku"],
};
