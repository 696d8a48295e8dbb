/**
 * The per-order classification behind the KPIs (definitions: docs/kpis.md), for ONE customer's
 * orders given in (ordered_at, order_key) order. Pure, so an import can stream customers through it
 * one at a time (flat memory) instead of sorting every line of the file in SQL:
 * - cross-sell: some category is bought for the first time in this order, and by then the customer
 *   has bought at least two categories;
 * - upsell: the highest tier bought of a family exceeds the family's lowest tier and every tier of
 *   that family bought in earlier orders;
 * - deep-sell: the quantity of a sku exceeds the quantity of every earlier order of that sku.
 * Only counted orders take part (numbered 1, 2, … by `seq`); lines with a quantity ≤ 0 are returns
 * and buy nothing. Revenue is every line's quantity × unit price − discount, counted or not.
 */

export type ClassifyLine = { productId: number; quantity: number; unitPrice: number; discount: number; category: string | null };
export type ClassifyOrder = { id: number; orderedAt: number; counted: boolean; lines: ClassifyLine[] };
/** What the classification needs of a product: its category, the category a line takes when neither
 * the product nor the line has one (its family, else the product itself: see docs/kpis.md), and its
 * family and tier when it has both. */
export type ClassifyProduct = { category: string | null; fallbackCategory: string; family: string | null; tier: number | null };
export type ProductCatalog = { products: Map<number, ClassifyProduct>; lowestTier: Map<string, number> };

export type OrderFact = {
  id: number;
  counted: boolean;
  revenue: number;
  seq: number | null;
  crossSell: boolean;
  upsell: boolean;
  deepSell: boolean;
  /** ordered_at of the previous counted (cross-sell, upsell, deep-sell) order; `noPrev` for the first; null when not counted (flagged). */
  prevAt: number | null;
  prevCrossAt: number | null;
  prevUpAt: number | null;
  prevDeepAt: number | null;
};

/** A product catalog from rows whose tier is already resolved; the lowest tier per family is derived. */
export function makeCatalog(rows: Iterable<[number, ClassifyProduct]>): ProductCatalog {
  const products = new Map(rows);
  const lowestTier = new Map<string, number>();
  for (const p of products.values()) {
    if (p.family === null || p.tier === null) continue;
    const low = lowestTier.get(p.family);
    if (low === undefined || p.tier < low) lowestTier.set(p.family, p.tier);
  }
  return { products, lowestTier };
}

/** SQL's trim(): spaces only, so a category means here exactly what it means in the queries. */
function blankToNull(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/^ +| +$/g, "");
  return t === "" ? null : t;
}

/** The category a purchase line counts under (docs/kpis.md, "Category of a line"), as LINE_CATEGORY in SQL. */
export function lineCategory(line: ClassifyLine, product: ClassifyProduct): string {
  return blankToNull(product.category) ?? blankToNull(line.category) ?? product.fallbackCategory;
}

export function classifyCustomerOrders(orders: readonly ClassifyOrder[], catalog: ProductCatalog, noPrev: number): OrderFact[] {
  const categories = new Set<string>();
  const skuMax = new Map<number, number>();
  const familyMax = new Map<string, number>();
  let seq = 0;
  let lastAt = noPrev;
  let lastCross = noPrev;
  let lastUp = noPrev;
  let lastDeep = noPrev;
  const out: OrderFact[] = new Array(orders.length);
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i];
    const revenue = neumaierSum(o.lines);
    if (!o.counted) {
      out[i] = {
        id: o.id,
        counted: false,
        revenue,
        seq: null,
        crossSell: false,
        upsell: false,
        deepSell: false,
        prevAt: null,
        prevCrossAt: null,
        prevUpAt: null,
        prevDeepAt: null,
      };
      continue;
    }
    seq++;
    let newCategories = 0;
    const qty = new Map<number, number>();
    const tiers = new Map<string, number>();
    for (const l of o.lines) {
      if (!(l.quantity > 0)) continue;
      const p = catalog.products.get(l.productId);
      if (!p) continue; // cannot happen (order_lines reference products); the queries join them the same way
      const category = lineCategory(l, p);
      if (!categories.has(category)) {
        categories.add(category);
        newCategories++;
      }
      qty.set(l.productId, (qty.get(l.productId) ?? 0) + l.quantity);
      if (p.family !== null && p.tier !== null) {
        const t = tiers.get(p.family);
        if (t === undefined || p.tier > t) tiers.set(p.family, p.tier);
      }
    }
    const crossSell = newCategories > 0 && categories.size >= 2;
    let deepSell = false;
    for (const [productId, q] of qty) {
      const before = skuMax.get(productId);
      if (before !== undefined && q > before) deepSell = true;
      if (before === undefined || q > before) skuMax.set(productId, q);
    }
    let upsell = false;
    for (const [family, t] of tiers) {
      const before = familyMax.get(family);
      if (t > catalog.lowestTier.get(family)! && (before === undefined || t > before)) upsell = true;
      if (before === undefined || t > before) familyMax.set(family, t);
    }
    out[i] = {
      id: o.id,
      counted: true,
      revenue,
      seq,
      crossSell,
      upsell,
      deepSell,
      prevAt: lastAt,
      prevCrossAt: crossSell ? lastCross : null,
      prevUpAt: upsell ? lastUp : null,
      prevDeepAt: deepSell ? lastDeep : null,
    };
    lastAt = o.orderedAt;
    if (crossSell) lastCross = o.orderedAt;
    if (upsell) lastUp = o.orderedAt;
    if (deepSell) lastDeep = o.orderedAt;
  }
  return out;
}

/** Compensated summation, as SQLite's sum() does it, so revenue matches the queries to the last bit. */
function neumaierSum(lines: readonly ClassifyLine[]): number {
  let sum = 0;
  let c = 0;
  for (const l of lines) {
    const x = l.quantity * l.unitPrice - l.discount;
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + c;
}
