import type { ConvertContext } from "./convert-context";
import { SET_ASIDE } from "./set-aside";
import type { ProductRecord } from "../records";
import type { RowReader } from "../reading/row-reader";

export function convertProductRow(r: RowReader, ctx: ConvertContext): ProductRecord | null {
  if (ctx.preset === "shopify_products") return convertShopifyVariant(r);
  if (ctx.preset === "woocommerce_products") return convertWooProduct(r, ctx);
  const sku = r.text("sku", { required: true });
  const name = r.text("name", { required: true });
  const tier = r.integer("tier");
  const price = readAmount(r, "price");
  const cost = readAmount(r, "cost");
  if (r.problem || sku === null || name === null) return null;
  return { line: r.line, sku, name, category: r.text("category"), family: r.text("family"), tier, price, cost };
}

/** One variant of a Shopify products export (see presets/shopify-products.ts); null for a row that
 * only adds an image. */
function convertShopifyVariant(r: RowReader): ProductRecord | null {
  const options = [r.text("option1"), r.text("option2"), r.text("option3")].filter((o): o is string => o !== null);
  const variantSku = r.text("sku");
  const price = readAmount(r, "price");
  const cost = readAmount(r, "cost");
  if (variantSku === null && options.length === 0 && price === null && !r.problem) return r.aside(SET_ASIDE.imageRow);
  const title = r.text("name", { required: true });
  if (r.problem || title === null) return null;
  const name = options.length === 0 || (options.length === 1 && options[0] === "Default Title") ? title : `${title} - ${options.join(" / ")}`;
  return {
    line: r.line,
    sku: variantSku ?? name,
    name,
    category: r.text("category") ?? lastLevel(r.text("category_path")),
    family: r.text("family"),
    tier: null,
    price,
    cost,
  };
}

/** One row of a WooCommerce product export (see presets/woocommerce-products.ts). */
function convertWooProduct(r: RowReader, ctx: ConvertContext): ProductRecord | null {
  const types = (r.text("product_type") ?? "")
    .toLowerCase()
    .split(",")
    .map((t) => t.trim());
  const id = r.text("product_id");
  const name = r.text("name", { required: true });
  const price = readAmount(r, "price");
  if (r.problem || name === null) return null;
  const sku = r.text("sku") ?? name;
  const own = lastLevel(firstEntry(r.text("category_path")));
  const parentRef = r.text("parent");
  const parent = parentRef === null ? undefined : ctx.productParents.get(parentRef);
  const variation = types.includes("variation");
  // A variable product is its variations' family; a variation whose parent came later keeps the reference.
  const family = variation ? (parent?.family ?? parentRef) : types.includes("variable") ? sku : null;
  const category = own ?? (variation ? (parent?.category ?? null) : null);
  const self = { family: sku, category: own };
  ctx.productParents.set(sku, self);
  if (id !== null) ctx.productParents.set(`id:${id}`, self);
  const declared = (field: string) => (r.has(field) ? entries(r.text(field)) : undefined);
  return { line: r.line, sku, name, category, family, tier: null, price, cost: null, upsells: declared("upsells"), crossSells: declared("cross_sells") };
}

/** Every entry of a comma-separated list, "\\," kept as a comma inside an entry; none for an empty cell. */
function entries(list: string | null): string[] {
  if (list === null) return [];
  return list
    .split(/(?<!\\),/)
    .map((e) => e.replace(/\\,/g, ",").trim())
    .filter((e) => e !== "");
}

/** The first of a comma-separated list (WooCommerce writes a comma inside a name as "\\,"). */
function firstEntry(list: string | null): string | null {
  return list === null ? null : list.split(/(?<!\\),/)[0].replace(/\\,/g, ",");
}

/** "Animals & Pet Supplies > Pet Supplies > Dog Supplies" → "Dog Supplies". */
export function lastLevel(path: string | null): string | null {
  const last = path?.split(">").pop()?.trim();
  return last ? last : null;
}

/** A money amount that cannot be negative (prices, costs). */
export function readAmount(r: RowReader, field: string): number | null {
  const n = r.number(field);
  if (n !== null && n < 0) r.fail(field, `Negative ${r.header(field)} ${n}: it must be 0 or more.`);
  return n;
}
