/** The category a purchase line counts under (docs/kpis.md, "Category of a line"): the product's
 * category, else the line's own, else the product's family, else the product itself (its SKU), so a
 * shop that imported no categories still counts cross-sells, per product family. `p` is the products
 * row, `l` the order_lines row. lib/kpi/classify-orders.ts applies the same rule, with the last two
 * steps read through PRODUCT_FALLBACK_CATEGORY. */
export const productFallbackCategory = (p: string) => `coalesce(nullif(trim(${p}.family), ''), ${p}.sku)`;
export const LINE_CATEGORY = `coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), ${productFallbackCategory("p")})`;
