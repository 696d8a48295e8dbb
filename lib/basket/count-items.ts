import type { BasketSet } from "./pack-baskets";

/** counts[id] = number of baskets that contain item `id` (an item repeated in one basket counts once),
 * each basket counted as many times as its weight. */
export function countItems(set: BasketSet): Int32Array {
  const { items, offsets, weights } = set;
  let maxId = -1;
  for (let i = 0; i < items.length; i++) if (items[i] > maxId) maxId = items[i];
  const counts = new Int32Array(maxId + 1);
  // seen[id] = basket number + 1 when already counted for that basket.
  const seen = new Int32Array(maxId + 1);
  for (let b = 0; b < offsets.length - 1; b++) {
    for (let i = offsets[b]; i < offsets[b + 1]; i++) {
      const id = items[i];
      if (seen[id] === b + 1) continue;
      seen[id] = b + 1;
      counts[id] += weights ? weights[b] : 1;
    }
  }
  return counts;
}
