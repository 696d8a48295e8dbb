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
  // The notes' texts: messages imports.presetNotes.woocommerce_products, in each language.
  notes: ["category", "variations", "price", "declared"],
};
