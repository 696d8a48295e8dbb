import type { BasketSet } from "./pack-baskets";

/** The baskets without the items `drop` names. A basket left with nothing is gone: an order of only
 * postage bought no product, and counting it would dilute every support. `emptied` counts by weight. */
export function dropItems(baskets: BasketSet, drop: (item: number) => boolean): { baskets: BasketSet; emptied: number } {
  const items = new Int32Array(baskets.items.length);
  const offsets = new Int32Array(baskets.offsets.length);
  const weights = baskets.weights ? new Int32Array(baskets.weights.length) : undefined;
  let used = 0;
  let kept = 0;
  let emptied = 0;
  for (let b = 0; b + 1 < baskets.offsets.length; b++) {
    const start = used;
    for (let i = baskets.offsets[b]; i < baskets.offsets[b + 1]; i++) if (!drop(baskets.items[i])) items[used++] = baskets.items[i];
    if (used === start && baskets.offsets[b + 1] > baskets.offsets[b]) emptied += baskets.weights ? baskets.weights[b] : 1;
    else if (used > start) {
      if (weights) weights[kept] = baskets.weights![b];
      offsets[++kept] = used;
    }
  }
  const out: BasketSet = { items: items.subarray(0, used), offsets: offsets.subarray(0, kept + 1) };
  if (weights) out.weights = weights.subarray(0, kept);
  return { baskets: out, emptied };
}
