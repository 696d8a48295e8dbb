import type { ConvertContext } from "./convert-context";
import { SET_ASIDE } from "./convert-order-row";
import type { ProductRecord } from "../records";
import type { RowReader } from "../reading/row-reader";

export function convertProductRow(r: RowReader, ctx: ConvertContext): ProductRecord | null {
  if (ctx.preset === "shopify_products") return convertShopifyVariant(r);
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
