import type { Preset } from "./preset";

// UCI "Online Retail" (and exports with the same layout): one row per invoice line.
export const UCI_ONLINE_RETAIL: Preset = {
  id: "uci_online_retail",
  kind: "orders",
  label: "UCI Online Retail layout",
  signature: ["invoiceno", "stockcode", "description", "quantity", "invoicedate", "unitprice", "customerid", "country"],
  columns: {
    order_id: ["InvoiceNo"],
    order_date: ["InvoiceDate"],
    customer_id: ["CustomerID"],
    sku: ["StockCode"],
    product_name: ["Description"],
    quantity: ["Quantity"],
    unit_price: ["UnitPrice"],
  },
  notes: [
    "An InvoiceNo starting with C is a cancellation: status cancelled (its quantities are negative).",
    "Rows without CustomerID are rejected: the layout has no other customer key, and every order needs a customer.",
    "A row identical to an earlier row of the same invoice is rejected as a duplicate, so it is counted once.",
  ],
};
