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
    country: ["Country"],
  },
  // The notes' texts: messages imports.presetNotes.uci_online_retail, in each language.
  notes: ["cancelled", "guests", "duplicates", "nonProducts"],
};
