import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAll } from "./testing/parse-all";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", name)));
const SHOPIFY_PRODUCTS = path.join(process.cwd(), "..", "shared", "datasets", "shop_exports", "shopify_products_export_petpads_2023-05.csv");

describe("WooCommerce products preset (hand-made, in the layout of WooCommerce's sample_products.csv)", () => {
  it("gives variations their parent's family and category; category is the last level of the first entry", async () => {
    const { detection, records, rejections } = await parseAll(fixture("woocommerce-products.csv"), { kind: "products" });
    expect(detection.format.preset).toBe("woocommerce_products");
    expect(rejections).toEqual([]);
    const bySku = Object.fromEntries(records.map((r) => [r.sku, [r.name, r.category, r.family, r.price]]));
    expect(bySku).toEqual({
      "woo-vneck-tee": ["Awesome V-Neck T-Shirt", "Tshirts", "woo-vneck-tee", null], // variable: its variations' family
      "woo-hoodie": ["Hoodie", "Hoodies", "woo-hoodie", null],
      "woo-hoodie-with-logo": ["Hoodie with Logo", "Hoodies", null, 45],
      "woo-beanie": ["Beanie", "Accessories", null, 20], // Regular price, not the sale price; first of two categories
      "woo-album": ["Album", "Music", null, 15],
      "woo-vneck-tee-red": ["V-Neck T-Shirt - Red", "Tshirts", "woo-vneck-tee", 20],
      "woo-vneck-tee-blue": ["V-Neck T-Shirt - Blue", "Tshirts", "woo-vneck-tee", 15],
      "woo-hoodie-red": ["Hoodie - Red, No", "Hoodies", "woo-hoodie", 45],
      "logo-collection": ["Logo Collection", "Clothing", null, null],
      "wp-pennant": ["WordPress Pennant", "Decor", null, 11.05],
      "woo-hoodie-blue-logo": ["Hoodie - Blue, Yes", "Hoodies", "woo-hoodie", 45], // parent named as id:45
      "Gift wrap": ["Gift wrap", "Wrapping , ribbons", null, 2.5], // no SKU: keyed by name; "\," is a comma in a name
    });
    // The shop's declared pairs, kept as written: the sample declares one cross-sell, Hoodie with Logo → Beanie.
    const declared = records.filter((r) => r.upsells?.length || r.crossSells?.length).map((r) => [r.sku, r.upsells, r.crossSells]);
    expect(declared).toEqual([["woo-hoodie-with-logo", [], ["woo-beanie"]]]);
    expect(records.every((r) => Array.isArray(r.upsells) && Array.isArray(r.crossSells))).toBe(true);
  });

  it("keeps a list of several declared pairs, SKUs and id references alike", async () => {
    const csv = ["ID,Type,SKU,Name,Regular price,Categories,Parent,Upsells,Cross-sells", '7,simple,MUG,Mok,9.95,Keuken,,"MUG-XL, id:12",CUP'].join("\n");
    const { records } = await parseAll(csv, { kind: "products" });
    expect(records).toMatchObject([{ sku: "MUG", upsells: ["MUG-XL", "id:12"], crossSells: ["CUP"] }]);
  });
});

describe.skipIf(!existsSync(SHOPIFY_PRODUCTS))("Shopify products preset (the shared shop's export)", () => {
  it("reads 2,790 variants of 3,399 rows, product fields carried to each variant, image rows set aside", async () => {
    const { detection, records, rejections, batches } = await parseAll(new Uint8Array(readFileSync(SHOPIFY_PRODUCTS)), { kind: "products" });
    expect(detection.format).toMatchObject({ preset: "shopify_products", kind: "products" });
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(2790);
    const setAside = batches.reduce((n, b) => n + (b.setAside?.["Rows that only add an image to a product"] ?? 0), 0);
    expect(setAside).toBe(3399 - 2790);
    // A one-variant product: "Default Title" adds nothing to the name; Type is the category.
    expect(records.find((r) => r.sku === "1005-9786-102064101-47417")).toMatchObject({
      name: "XP8434 11 oz. White Mug",
      category: "Drinkware",
      family: "xp8434-11-oz-white-mug",
      price: 14.7,
    });
    // Later variants of a product: Title carried from its first row, options joined as Shopify names order lines.
    expect(records.find((r) => r.sku === "kwp_6e122c52cc7b2ef7")).toMatchObject({
      name: "Custom Knitted Pet Face Sweater - Taupe / Unisex S",
      family: "sweater-sample",
      price: 128,
      cost: 70,
    });
    // Without a Type, the last level of Product Category; neither: none (counted from the raw file with Python's csv).
    expect(records.filter((r) => r.category === null)).toHaveLength(523);
    expect(records.filter((r) => r.category === "Shirts & Tops")).toHaveLength(662);
    expect(records.filter((r) => r.category === "Posters, Prints, & Visual Artwork")).toHaveLength(108);
  });
});
