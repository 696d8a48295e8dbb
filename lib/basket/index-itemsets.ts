import type { FrequentItemsets } from "./itemset-sink";

/**
 * Hash index over mined itemsets, to look up the count of an antecedent (an itemset minus one item)
 * without building a string key per lookup.
 */
export class ItemsetIndex {
  private readonly slots: Int32Array;
  private readonly shift: number;

  constructor(private readonly sets: FrequentItemsets) {
    let size = 16;
    while (size < 2 * sets.size) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.shift = 32 - Math.log2(size);
    for (let s = 0; s < sets.size; s++) {
      let slot = this.hash(sets.offsets[s], sets.offsets[s + 1], -1);
      while (this.slots[slot] !== -1) slot = (slot + 1) & (size - 1);
      this.slots[slot] = s;
    }
  }

  /** Count of the itemset made of itemset `s` without its item at `skip` (a position in it); -1 if not mined. */
  countWithout(s: number, skip: number): number {
    const { items, offsets, counts } = this.sets;
    const start = offsets[s];
    const end = offsets[s + 1];
    const at = start + skip;
    const mask = this.slots.length - 1;
    for (let slot = this.hash(start, end, at); ; slot = (slot + 1) & mask) {
      const candidate = this.slots[slot];
      if (candidate === -1) return -1;
      const cStart = offsets[candidate];
      if (offsets[candidate + 1] - cStart !== end - start - 1) continue;
      let same = true;
      for (let i = start, j = cStart; i < end; i++) {
        if (i === at) continue;
        if (items[i] !== items[j++]) {
          same = false;
          break;
        }
      }
      if (same) return counts[candidate];
    }
  }

  private hash(start: number, end: number, skipAt: number): number {
    const items = this.sets.items;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) if (i !== skipAt) h = Math.imul(h ^ items[i], 0x01000193);
    return Math.imul(h ^ (h >>> 15), 0x9e3779b1) >>> this.shift;
  }
}
