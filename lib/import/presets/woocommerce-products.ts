import type { Preset } from "./preset";

// WooCommerce's product export (Products → Export): one row per product, variable product or variation.
export const WOOCOMMERCE_PRODUCTS: Preset = {
  id: "woocommerce_products",
  kind: "products",
  label: "WooCommerce product export",
  signature: ["id", "type", "sku", "name", "parent", "categories", "regularprice"],
  columns: {
    product_id: ["ID"],
    product_type: ["Type"],
    sku: ["SKU"],
    name: ["Name"],
    parent: ["Parent"],
    category_path: ["Categories"],
    price: ["Regular price"],
    upsells: ["Upsells"],
    cross_sells: ["Cross-sells"],
  },
  notes: [
    'Category = the last level of the first entry of Categories ("Clothing > Hoodies, Music" gives "Hoodies").',
    "A variation belongs to the family of its parent product (Parent, by SKU or id:ID) and takes the parent's category; a variable product is the family of its variations.",
    "Price = Regular price (a sale price is temporary). Products without a SKU are keyed by their name.",
    "Upsells and Cross-sells, the shop's own declared pairs, are kept with each product as written, to be measured later; no page shows them yet.",
  ],
};
