import type { KindSpec } from "./field-spec";

const product = { productLevel: true } as const;

export const PRODUCT_FIELDS = {
  sku: {
    type: "text",
    label: "SKU",
    synonyms: [
      "sku",
      "product sku",
      "variant sku",
      "product id",
      "product code",
      "item code",
      "item id",
      "article number",
      "stock code",
      "artikelnummer",
      "artikelnr",
      "artikelcode",
      "productcode",
      "productnummer",
    ],
  },
  name: {
    ...product,
    type: "text",
    label: "name",
    synonyms: ["name", "product name", "product", "title", "product title", "item name", "description", "naam", "productnaam", "artikelnaam", "omschrijving"],
  },
  category: {
    ...product,
    type: "text",
    label: "category",
    synonyms: ["category", "product category", "product type", "type", "categorie", "productcategorie", "productgroep", "artikelgroep"],
  },
  family: {
    type: "text",
    label: "family",
    synonyms: ["family", "product family", "product line", "line", "collection", "familie", "productfamilie", "productlijn", "collectie"],
  },
  tier: { type: "integer", label: "tier", synonyms: ["tier", "level", "price tier", "niveau", "prijsniveau"] },
  price: {
    type: "number",
    label: "price",
    synonyms: ["price", "unit price", "sale price", "selling price", "list price", "prijs", "verkoopprijs", "stukprijs", "adviesprijs"],
  },
  cost: {
    type: "number",
    label: "cost",
    synonyms: ["cost", "cost price", "unit cost", "cost per item", "purchase price", "cogs", "kostprijs", "inkoopprijs", "kosten"],
  },
  // Preset-only: what a variant's name and category are made of in exports that split them.
  category_path: { ...product, type: "text", label: "category path", synonyms: [], presetOnly: true },
  option1: { type: "text", label: "option 1", synonyms: [], presetOnly: true },
  option2: { type: "text", label: "option 2", synonyms: [], presetOnly: true },
  option3: { type: "text", label: "option 3", synonyms: [], presetOnly: true },
  // Preset-only (WooCommerce): a variation names its parent product by SKU or "id:ID".
  product_id: { type: "text", label: "product id", synonyms: [], presetOnly: true },
  product_type: { type: "text", label: "product type", synonyms: [], presetOnly: true },
  parent: { type: "text", label: "parent product", synonyms: [], presetOnly: true },
  // Preset-only (WooCommerce): the shop's declared pairs, kept for measuring.
  upsells: { type: "text", label: "upsells", synonyms: [], presetOnly: true },
  cross_sells: { type: "text", label: "cross-sells", synonyms: [], presetOnly: true },
} as const;

export type ProductField = keyof typeof PRODUCT_FIELDS;

export const PRODUCTS_SPEC: KindSpec<ProductField> = {
  kind: "products",
  fields: PRODUCT_FIELDS,
  required: [["sku"], ["name"]],
  template: { sku: "MUG-350", name: "Koffiemok 350 ml", category: "Keuken", family: "Mokken", tier: "1", price: "9.95", cost: "3.10" },
};
