import { CUSTOMER_KEY_FIELDS, type KindSpec } from "./field-spec";

const order = { orderLevel: true } as const;

export const ORDER_FIELDS = {
  order_id: {
    type: "text",
    label: "order id",
    synonyms: ["order id", "orderid", "order", "order number", "order no", "order nr", "order key", "order reference", "invoice", "invoice no", "invoice number", "invoice id", "transaction id", "ordernummer", "ordernr", "bestelnummer", "bestelnr", "bestelling", "bestelling id", "factuurnummer", "factuurnr", "transactie id"],
  },
  order_date: {
    ...order,
    type: "datetime",
    label: "order date",
    synonyms: ["order date", "orderdate", "order time", "order datetime", "ordered at", "order created at", "created at", "created", "date", "datetime", "invoice date", "purchase date", "transaction date", "orderdatum", "besteldatum", "besteld op", "aankoopdatum", "factuurdatum", "datum", "transactiedatum"],
  },
  customer_id: { ...order, ...CUSTOMER_KEY_FIELDS.customer_id },
  customer_email: { ...order, ...CUSTOMER_KEY_FIELDS.customer_email },
  customer_phone: { ...order, ...CUSTOMER_KEY_FIELDS.customer_phone },
  sku: {
    type: "text",
    label: "SKU",
    synonyms: ["sku", "product sku", "item sku", "variant sku", "product id", "product code", "item code", "item id", "article number", "stock code", "stockcode", "artikelnummer", "artikelnr", "artikelcode", "productcode", "product nummer", "productnummer"],
  },
  product_name: {
    type: "text",
    label: "product name",
    synonyms: ["product name", "product", "product title", "item name", "item", "title", "description", "item description", "productnaam", "product naam", "artikel", "artikelnaam", "omschrijving", "artikelomschrijving"],
  },
  quantity: {
    type: "number",
    label: "quantity",
    synonyms: ["quantity", "qty", "units", "item quantity", "number of items", "aantal", "hoeveelheid", "stuks", "aantal stuks"],
  },
  unit_price: {
    type: "number",
    label: "unit price",
    synonyms: ["unit price", "unitprice", "price", "item price", "price per unit", "sale price", "selling price", "item cost", "prijs", "stukprijs", "eenheidsprijs", "prijs per stuk", "verkoopprijs"],
  },
  category: {
    type: "text",
    label: "category",
    synonyms: ["category", "product category", "item category", "product type", "categorie", "productcategorie", "productgroep", "artikelgroep"],
  },
  discount: {
    type: "number",
    label: "discount",
    synonyms: ["discount", "line discount", "discount amount", "item discount", "korting", "kortingsbedrag", "regelkorting"],
  },
  status: {
    ...order,
    type: "text",
    label: "status",
    synonyms: ["status", "order status", "payment status", "financial status", "orderstatus", "betaalstatus", "betalingsstatus"],
  },
  channel: {
    ...order,
    type: "text",
    label: "channel",
    synonyms: ["channel", "sales channel", "source", "order source", "kanaal", "verkoopkanaal", "bron"],
  },
  currency: {
    ...order,
    type: "text",
    label: "currency",
    synonyms: ["currency", "currency code", "valuta", "munteenheid"],
  },
  line_no: {
    type: "integer",
    label: "line number",
    synonyms: ["line no", "line number", "line nr", "line", "line id", "regel", "regelnummer", "regelnr", "orderregel"],
  },
  // Preset-only: order-level totals that some exports give instead of line values.
  order_discount: { ...order, type: "number", label: "order discount", synonyms: [], presetOnly: true },
  cancelled_at: { ...order, type: "text", label: "cancelled at", synonyms: [], presetOnly: true },
  order_total: { ...order, type: "number", label: "order total", synonyms: [], presetOnly: true },
  order_shipping: { ...order, type: "number", label: "order shipping", synonyms: [], presetOnly: true },
  order_line_count: { ...order, type: "integer", label: "number of products in the order", synonyms: [], presetOnly: true },
} as const;

export type OrderField = keyof typeof ORDER_FIELDS;

export const ORDERS_SPEC: KindSpec<OrderField> = {
  kind: "orders",
  fields: ORDER_FIELDS,
  required: [
    ["order_id"],
    ["order_date"],
    ["customer_id", "customer_email", "customer_phone"],
    ["sku", "product_name"],
    ["quantity", "order_line_count"],
    ["unit_price", "order_total"],
  ],
  template: {
    order_id: "1001",
    order_date: "2025-03-14 10:30",
    customer_id: "C-0001",
    sku: "MUG-350",
    product_name: "Koffiemok 350 ml",
    category: "Keuken",
    quantity: "2",
    unit_price: "9.95",
    discount: "0",
    status: "paid",
    channel: "web",
    currency: "EUR",
  },
};
