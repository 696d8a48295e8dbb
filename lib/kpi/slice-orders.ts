import { lineCategory, type ClassifyOrder, type OrderFact, type ProductCatalog } from "./classify-orders";

/** A slice an order filter selects: the orders of one channel, or the orders buying one category. */
export type SliceDimension = "channel" | "category";

/** A filter value as the filters compare it: SQL's lower(), which folds ASCII letters only. */
export function sliceKey(value: string): string {
  return value.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** One counted order in one slice: seq and prev_* over the customer's orders in that slice only, with
 * the same meaning as in order_facts (docs/kpis.md, "Filters"). `order` indexes the customer's orders. */
export type EmitSliceRow = (
  order: number,
  slice: number,
  seq: number,
  prevAt: number,
  prevCrossAt: number | null,
  prevUpAt: number | null,
  prevDeepAt: number | null,
) => void;

type State = { seq: number; lastAt: number; lastCross: number; lastUp: number; lastDeep: number };

/**
 * The slice rows of ONE customer's orders (as classifyCustomerOrders got them, with its facts): each
 * counted order falls in its channel's slice and in the slice of every category it buys (lines with a
 * quantity above zero). An order is flagged (cross-, up-, deep-sell) in every slice as it is in
 * order_facts: a filter restricts which orders count, never what an order is. `sliceOf` names a slice
 * by a number (the caller's id for sliceKey(value) in that dimension); rows come out per order, in order.
 */
export function sliceCustomerOrders(
  orders: readonly ClassifyOrder[],
  facts: readonly OrderFact[],
  channels: readonly (string | null)[],
  catalog: ProductCatalog,
  noPrev: number,
  sliceOf: (dimension: SliceDimension, value: string) => number,
  emit: EmitSliceRow,
): void {
  const states = new Map<number, State>();
  const seen = new Set<number>();
  const add = (i: number, slice: number) => {
    let s = states.get(slice);
    if (!s) states.set(slice, (s = { seq: 0, lastAt: noPrev, lastCross: noPrev, lastUp: noPrev, lastDeep: noPrev }));
    const f = facts[i];
    const at = orders[i].orderedAt;
    s.seq++;
    emit(i, slice, s.seq, s.lastAt, f.crossSell ? s.lastCross : null, f.upsell ? s.lastUp : null, f.deepSell ? s.lastDeep : null);
    s.lastAt = at;
    if (f.crossSell) s.lastCross = at;
    if (f.upsell) s.lastUp = at;
    if (f.deepSell) s.lastDeep = at;
  };
  for (let i = 0; i < orders.length; i++) {
    if (!facts[i].counted) continue;
    const channel = channels[i];
    if (channel !== null) add(i, sliceOf("channel", channel));
    seen.clear();
    for (const l of orders[i].lines) {
      if (!(l.quantity > 0)) continue;
      const p = catalog.products.get(l.productId);
      if (!p) continue;
      const slice = sliceOf("category", lineCategory(l, p));
      if (seen.has(slice)) continue;
      seen.add(slice);
      add(i, slice);
    }
  }
}
