import { describeBadItem, MAX_ITEM_ID, type BasketSet } from "./pack-baskets";

export interface CappedBaskets {
  /** The kept baskets, each holding its distinct items once, in first-seen order. */
  baskets: BasketSet;
  /** Baskets left out because they held more than the cap of distinct items (by weight). */
  skipped: number;
}

/**
 * Drops baskets with more than `maxBasketSize` distinct items and removes repeated items within a basket
 * (two lines of one product are one purchase, as in arules). Oversized baskets are skipped, not trimmed:
 * a bulk order has no meaningful "first N items", and keeping part of it would invent co-purchases.
 * Skipped baskets leave the denominator too, so supports are shares of the baskets actually mined.
 */
export function capBaskets(set: BasketSet, maxBasketSize: number): CappedBaskets {
  const { items, offsets, weights } = set;
  const baskets = offsets.length - 1;
  if (baskets < 0 || offsets[0] !== 0 || offsets[baskets] !== items.length) {
    throw new RangeError(
      `Basket offsets must start at 0 and end at the number of items (${items.length}); ` +
        `got ${offsets[0]} and ${offsets[baskets]}. Build the set with packBaskets.`,
    );
  }
  if (weights && weights.length !== baskets) {
    throw new RangeError(`Basket weights must be one per basket (${baskets}); got ${weights.length}.`);
  }
  let maxId = -1;
  for (let b = 0; b < baskets; b++) {
    const start = offsets[b];
    const end = offsets[b + 1];
    if (end < start) throw new RangeError(`Basket ${b}: offsets go backwards (${start} then ${end}).`);
    for (let i = start; i < end; i++) {
      const id = items[i];
      if (id < 0 || id > MAX_ITEM_ID) throw new RangeError(describeBadItem(b, i - start, id));
      if (id > maxId) maxId = id;
    }
  }

  // seen[id] = basket number + 1 when id already occurred in that basket: no clearing between baskets.
  const seen = new Int32Array(maxId + 1);
  const keptItems = new Int32Array(items.length);
  const keptOffsets = new Int32Array(baskets + 1);
  const keptWeights = weights ? new Int32Array(baskets) : undefined;
  let used = 0;
  let kept = 0;
  let skipped = 0;
  for (let b = 0; b < baskets; b++) {
    const mark = b + 1;
    const start = used;
    for (let i = offsets[b]; i < offsets[b + 1]; i++) {
      const id = items[i];
      if (seen[id] === mark) continue;
      seen[id] = mark;
      keptItems[used++] = id;
    }
    if (used - start > maxBasketSize) {
      used = start;
      skipped += weights ? weights[b] : 1;
    } else {
      if (keptWeights) keptWeights[kept] = weights![b];
      keptOffsets[++kept] = used;
    }
  }
  const capped: BasketSet = { items: keptItems.slice(0, used), offsets: keptOffsets.slice(0, kept + 1) };
  if (keptWeights) capped.weights = keptWeights.slice(0, kept);
  return { baskets: capped, skipped };
}
