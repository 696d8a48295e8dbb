import type { Preset } from "./preset";

// WooCommerce order export (labels of the common order-export plugins: "Order Number", "Item Name",
// "Phone (Billing)"...), one row per order item.
export const WOOCOMMERCE_ORDERS: Preset = {
  id: "woocommerce_orders",
  kind: "orders",
  label: "WooCommerce order export",
  signature: ["ordernumber", "orderstatus", "orderdate", "itemname"],
  columns: {
    order_id: ["Order Number", "Order ID"],
    order_date: ["Order Date"],
    status: ["Order Status"],
    customer_email: ["Email (Billing)", "Billing Email", "Customer Email"],
    customer_phone: ["Phone (Billing)", "Billing Phone"],
    sku: ["SKU", "Item SKU"],
    product_name: ["Item Name", "Product Name"],
    quantity: ["Quantity", "Qty", "Item Quantity"],
    unit_price: ["Item Cost", "Item Price"],
    order_total: ["Order Total Amount", "Order Total"],
    order_shipping: ["Order Shipping Amount", "Order Shipping"],
    order_line_count: ["Total products"],
    currency: ["Order Currency", "Currency"],
    category: ["Category", "Product Categories"],
    // The order-export plugins' address labels, billing before shipping.
    city: ["City (Billing)", "City (Shipping)"],
    region: ["State Name (Billing)", "State Code (Billing)", "State Name (Shipping)", "State Code (Shipping)"],
    // Country codes first, as Shopify's exports give them; region names first (Shopify's Province Name).
    country: [
      "Country Code (Billing)",
      "Country (Billing)",
      "Country Name (Billing)",
      "Country Code (Shipping)",
      "Country (Shipping)",
      "Country Name (Shipping)",
    ],
  },
  // The notes' texts: messages imports.presetNotes.woocommerce_orders, in each language.
  notes: ["prices", "phoneKey", "userId"],
};
