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
  },
  notes: [
    "Order fields (Created at, Email, Financial Status, Currency, Discount Amount, Source) stand only on an order's first row; they are carried to its other rows.",
    "Line discount = Lineitem discount plus the share of the order's Discount Amount not already on a line, split in proportion to line value.",
    "Financial status refunded or voided, or a Cancelled at date, marks the order as not counted as a sale.",
    "Shopify writes no customer id: orders are linked by e-mail address; orders without one (point of sale, drafts) are guest checkouts, counted in revenue and orders and in no customer KPI.",
    "Lines without a Lineitem sku use the Lineitem name as SKU.",
  ],
};
