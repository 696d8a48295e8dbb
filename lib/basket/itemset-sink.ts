/** Frequent itemsets, each a run of ascending item ids in one flat array. */
export interface FrequentItemsets {
  /** Baskets mined (the support denominator). */
  transactions: number;
  /** Smallest basket count an itemset needed to be frequent. */
  minCount: number;
  /** Number of itemsets. */
  size: number;
  /** Itemset s holds items[offsets[s]] up to (not including) items[offsets[s + 1]], ids ascending. */
  items: Int32Array;
  offsets: Int32Array;
  /** counts[s] = number of baskets containing every item of itemset s. */
  counts: Int32Array;
  /** itemCounts[id] = number of baskets containing item id, frequent or not. */
  itemCounts: Int32Array;
}

/** Collects itemsets into growing typed arrays (no array per itemset). */
export class ItemsetSink {
  private items = new Int32Array(1024);
  private offsets = new Int32Array(256);
  private counts = new Int32Array(256);
  private size = 0;

  /** Adds the itemset in `source[0..length)` (any order; it is stored sorted). */
  add(source: Int32Array, length: number, count: number): void {
    if (this.size + 2 > this.offsets.length) {
      this.offsets = grow(this.offsets, this.offsets.length * 2);
      this.counts = grow(this.counts, this.counts.length * 2);
    }
    const start = this.offsets[this.size];
    if (start + length > this.items.length) this.items = grow(this.items, Math.max(this.items.length * 2, start + length));
    const items = this.items;
    for (let k = 0; k < length; k++) {
      // Insertion sort: itemsets are short (at most maxLength items).
      const value = source[k];
      let at = start + k;
      while (at > start && items[at - 1] > value) {
        items[at] = items[at - 1];
        at--;
      }
      items[at] = value;
    }
    this.counts[this.size] = count;
    this.offsets[++this.size] = start + length;
  }

  finish(transactions: number, minCount: number, itemCounts: Int32Array): FrequentItemsets {
    const size = this.size;
    return {
      transactions,
      minCount,
      size,
      items: this.items.slice(0, this.offsets[size]),
      offsets: this.offsets.slice(0, size + 1),
      counts: this.counts.slice(0, size),
      itemCounts,
    };
  }
}

function grow(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
