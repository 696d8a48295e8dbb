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
    "Invoices without a CustomerID are guest checkouts: they count in revenue, orders, average order value and products bought together, and in no customer KPI.",
    "A row identical to an earlier row of the same invoice is counted once (set aside, not rejected).",
    "Postage and carriage (POST, DOT, C2), fees (BANK CHARGES, AMAZONFEE, CRUK) and gift vouchers (gift_…) are set aside: no product, no revenue.",
  ],
};
