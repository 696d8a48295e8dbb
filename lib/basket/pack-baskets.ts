/**
 * Baskets as one flat list of item ids plus start offsets. A million order lines cost 4 MB this way,
 * instead of a million small arrays (or a basket-by-item matrix, which would not fit at all).
 */
export interface BasketSet {
  /** Item ids of every basket, back to back. */
  items: Int32Array;
  /** Basket b holds items[offsets[b]] up to (not including) items[offsets[b + 1]]; length = baskets + 1. */
  offsets: Int32Array;
  /** How many orders basket b stands for, when identical baskets were merged (a few categories make
   * millions of orders a few thousand distinct baskets); absent: one each. Counts, supports and the
   * miner's tree take each basket this many times. */
  weights?: Int32Array;
}

/** The orders the baskets stand for: the support denominator. */
export function basketTotal(set: BasketSet): number {
  if (!set.weights) return set.offsets.length - 1;
  let n = 0;
  for (let b = 0; b < set.weights.length; b++) n += set.weights[b];
  return n;
}

/** Item ids index dense counting arrays, so they must be small: 2^22 ids cost 16 MB per array. */
export const MAX_ITEM_ID = 2 ** 22 - 1;

export function isBasketSet(value: unknown): value is BasketSet {
  return typeof value === "object" && value !== null && (value as BasketSet).items instanceof Int32Array && (value as BasketSet).offsets instanceof Int32Array;
}

export function describeBadItem(basket: number, position: number, value: unknown): string {
  return (
    `Basket ${basket}, position ${position}: item id ${String(value)} is not an integer from 0 to ${MAX_ITEM_ID}. ` +
    "Map SKUs or categories to small consecutive integers first (encodeItemNames does this)."
  );
}

/** Packs baskets given as arrays of item ids (integers, 0 up to MAX_ITEM_ID). */
export function packBaskets(baskets: Iterable<ArrayLike<number>>): BasketSet {
  let items = new Int32Array(1024);
  let offsets = new Int32Array(256);
  let used = 0;
  let count = 0;
  for (const basket of baskets) {
    if (count + 2 > offsets.length) offsets = grow(offsets, count + 2);
    if (used + basket.length > items.length) items = grow(items, used + basket.length);
    for (let i = 0; i < basket.length; i++) {
      const id = basket[i];
      if (!Number.isInteger(id) || id < 0 || id > MAX_ITEM_ID) throw new RangeError(describeBadItem(count, i, id));
      items[used++] = id;
    }
    offsets[++count] = used;
  }
  return { items: items.slice(0, used), offsets: offsets.slice(0, count + 1) };
}

function grow(array: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}
