import type { Preset } from "./preset";

// Shopify "Export products": one row per variant (plus rows that only add an image); product fields
// (Title, Type, Product Category) only on a product's first row.
export const SHOPIFY_PRODUCTS: Preset = {
  id: "shopify_products",
  kind: "products",
  label: "Shopify products export",
  signature: ["handle", "title", "option1value", "variantsku", "variantprice"],
  columns: {
    sku: ["Variant SKU"],
    name: ["Title"],
    category: ["Type"],
    category_path: ["Product Category"],
    family: ["Handle"],
    price: ["Variant Price"],
    cost: ["Cost per item"],
    option1: ["Option1 Value"],
    option2: ["Option2 Value"],
    option3: ["Option3 Value"],
  },
  // The notes' texts: messages imports.presetNotes.shopify_products, in each language.
  notes: ["variants", "name", "sku", "category", "images"],
};
