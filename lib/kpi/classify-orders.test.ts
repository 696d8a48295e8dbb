import { describe, expect, it } from "vitest";
import { classifyCustomerOrders, makeCatalog, type ClassifyLine, type ClassifyOrder } from "./classify-orders";

const NO_PREV = -1;
// 1, 2: category Shoes; 3: Socks; 4–6: family "Plan" tiers 1–3; 7: no category (the line's own is used).
// 8, 9: no category, family "Blanket" (two variants); 10: no category, family "Mug". The fallback
// category is what classify-scope reads for a product without a category: its family, else its SKU.
const catalog = makeCatalog([
  [1, { category: "Shoes", fallbackCategory: "SHOE-1", family: null, tier: null }],
  [2, { category: " Shoes ", fallbackCategory: "SHOE-2", family: null, tier: null }],
  [3, { category: "Socks", fallbackCategory: "SOCK-3", family: null, tier: null }],
  [4, { category: "Plans", fallbackCategory: "Plan", family: "Plan", tier: 1 }],
  [5, { category: "Plans", fallbackCategory: "Plan", family: "Plan", tier: 2 }],
  [6, { category: "Plans", fallbackCategory: "Plan", family: "Plan", tier: 3 }],
  [7, { category: null, fallbackCategory: "GIFT-7", family: null, tier: null }],
  [8, { category: null, fallbackCategory: "Blanket", family: "Blanket", tier: 1 }],
  [9, { category: null, fallbackCategory: "Blanket", family: "Blanket", tier: 2 }],
  [10, { category: null, fallbackCategory: "Mug", family: "Mug", tier: 1 }],
]);

const line = (productId: number, quantity = 1, unitPrice = 10, discount = 0, category: string | null = null): ClassifyLine => ({
  productId,
  quantity,
  unitPrice,
  discount,
  category,
});
let nextId = 1;
const order = (orderedAt: number, lines: ClassifyLine[], counted = true): ClassifyOrder => ({ id: nextId++, orderedAt, counted, lines });
const flags = (o: ClassifyOrder[]) =>
  classifyCustomerOrders(o, catalog, NO_PREV).map((f) => `${f.seq ?? "-"}:${f.crossSell ? "C" : ""}${f.upsell ? "U" : ""}${f.deepSell ? "D" : ""}`);

describe("classifyCustomerOrders", () => {
  it("cross-sell: a new category once the customer knows two; the first order of two categories counts", () => {
    expect(flags([order(1, [line(1)]), order(2, [line(2)]), order(3, [line(3)]), order(4, [line(3), line(1)])])).toEqual(["1:", "2:", "3:C", "4:"]); // " Shoes " is Shoes (trimmed as the queries do)
    expect(flags([order(1, [line(1), line(3)])])).toEqual(["1:C"]);
    // No category of its own: the line's; neither: the product's family, else the product itself.
    expect(flags([order(1, [line(7, 1, 10, 0, "Gifts")]), order(2, [line(7)])])).toEqual(["1:", "2:C"]);
    // Per family: another variant of the same product is no cross-sell (an upsell when pricier), another product is.
    expect(flags([order(1, [line(8)]), order(2, [line(9)]), order(3, [line(10)])])).toEqual(["1:", "2:U", "3:C"]);
  });

  it("upsell: above the family's lowest tier and every tier bought before", () => {
    expect(flags([order(1, [line(4)]), order(2, [line(5)]), order(3, [line(5)]), order(4, [line(4)]), order(5, [line(6)])])).toEqual([
      "1:",
      "2:U",
      "3:",
      "4:",
      "5:U",
    ]);
    expect(flags([order(1, [line(5)])])).toEqual(["1:U"]); // tier 2 first: above the lowest (1)
  });

  it("deep-sell: more of a sku than in any earlier order; lines of one order add up", () => {
    expect(flags([order(1, [line(1, 2)]), order(2, [line(1, 1), line(1, 2)]), order(3, [line(1, 3)]), order(4, [line(2, 9)])])).toEqual([
      "1:",
      "2:D",
      "3:",
      "4:",
    ]);
  });

  it("uncounted orders and returned lines take no part; revenue counts every line", () => {
    const o = [order(1, [line(1, 2)]), order(2, [line(3, 5)], false), order(3, [line(3, -1, 10, 0), line(1, 3, 20, 5)])];
    const f = classifyCustomerOrders(o, catalog, NO_PREV);
    expect(f.map((x) => [x.seq, x.counted, x.crossSell, x.deepSell, x.revenue])).toEqual([
      [1, true, false, false, 20],
      [null, false, false, false, 50],
      [2, true, false, true, -10 + 55], // the return's −10 is revenue; Socks was never bought
    ]);
  });

  it("prev_*: the previous counted (flagged) order's time, NO_PREV for the first, null when not counted (flagged)", () => {
    const o = [order(10, [line(1)]), order(20, [line(3)]), order(25, [line(1)], false), order(30, [line(1, 2)]), order(40, [line(1, 3)])];
    expect(classifyCustomerOrders(o, catalog, NO_PREV).map((f) => [f.prevAt, f.prevCrossAt, f.prevDeepAt, f.prevUpAt])).toEqual([
      [NO_PREV, null, null, null],
      [10, NO_PREV, null, null],
      [null, null, null, null],
      [20, null, NO_PREV, null],
      [30, null, 30, null],
    ]);
  });

  it("revenue is summed with compensation, like SQLite's sum()", () => {
    const o = [order(1, [line(1, 1, 0.1), line(1, 1, 0.2), line(1, 1, 0.3)])];
    expect(classifyCustomerOrders(o, catalog, NO_PREV)[0].revenue).toBe(0.6); // naive left-to-right gives 0.6000000000000001
  });
});
