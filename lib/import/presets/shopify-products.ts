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
  notes: [
    "One product per variant. Title, Type and Product Category stand only on a product's first row; they are carried to its variants.",
    'A variant is named as Shopify names its order lines: the Title, then " - " and the option values joined with " / " (none for "Default Title").',
    "SKU = Variant SKU, else the variant's name (as order lines without a SKU are read). Family = Handle, so a product's variants are its tiers, ranked by price.",
    'Category = Type, else the last level of Product Category ("… > Dog Supplies" gives "Dog Supplies").',
    "Rows that only add an image to a product are skipped.",
  ],
};
