import { describe, expect, it } from "vitest";
import { capBaskets } from "./cap-baskets";
import { countItems } from "./count-items";
import { dropItems } from "./drop-items";
import { mineItemsets } from "./mine-itemsets";
import { mineRules } from "./mine-rules";
import { basketTotal, packBaskets, type BasketSet } from "./pack-baskets";

// Merged identical baskets with weights (the products page's categories) must mine exactly as the
// baskets one by one: the same counts, supports, rules, skipped and emptied baskets.
function randomBaskets(seed: number, n: number, items: number): number[][] {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, () => {
    const size = 1 + Math.floor(next() * 5);
    // Few distinct items and small baskets: many baskets repeat, as categories' do.
    return Array.from({ length: size }, () => Math.floor(next() * next() * items));
  });
}

/** Identical baskets (as written, item order and repeats included) merged in order of first appearance. */
function merged(baskets: number[][]): BasketSet {
  const at = new Map<string, number>();
  const kept: number[][] = [];
  const weights: number[] = [];
  for (const b of baskets) {
    const key = b.join(",");
    const i = at.get(key);
    if (i !== undefined) weights[i]++;
    else {
      at.set(key, kept.length);
      kept.push(b);
      weights.push(1);
    }
  }
  return { ...packBaskets(kept), weights: Int32Array.from(weights) };
}

describe("weighted baskets", () => {
  it("need one weight per basket", () => {
    const set = { ...packBaskets([[1], [2]]), weights: Int32Array.from([3]) };
    expect(() => capBaskets(set, 5)).toThrow("Basket weights must be one per basket (2); got 1.");
  });

  for (const seed of [1, 2, 3]) {
    it(`mine as the baskets one by one (seed ${seed})`, () => {
      const baskets = randomBaskets(seed, 3000, 9);
      const one = packBaskets(baskets);
      const weighted = merged(baskets);
      expect(weighted.offsets.length - 1).toBeLessThan(baskets.length / 2);
      expect(basketTotal(weighted)).toBe(baskets.length);
      expect(countItems(weighted)).toEqual(countItems(one));
      const options = { minSupport: 0.01, minConfidence: 0.1, maxLength: 4, maxBasketSize: 3, maxQ: 0.5 };
      const a = mineRules(weighted, options);
      const b = mineRules(one, options);
      expect(a.skippedBaskets).toBeGreaterThan(0);
      expect(a).toEqual(b);
      const sets = (s: BasketSet) => {
        const f = mineItemsets(capBaskets(s, 3).baskets, { minSupport: 0.02 });
        return { transactions: f.transactions, counts: Array.from(f.counts.subarray(0, f.size)), items: Array.from(f.items.subarray(0, f.offsets[f.size])) };
      };
      expect(sets(weighted)).toEqual(sets(one));
      const drop = (i: number) => i === 0;
      const dropped = dropItems(weighted, drop);
      expect(dropped.emptied).toBe(dropItems(one, drop).emptied);
      expect(dropped.emptied).toBeGreaterThan(0);
      expect(mineRules(dropped.baskets, options)).toEqual(mineRules(dropItems(one, drop).baskets, options));
    });
  }
});
