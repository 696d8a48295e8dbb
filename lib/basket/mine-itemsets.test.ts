import { describe, expect, it } from "vitest";
import type { FrequentItemsets } from "./itemset-sink";
import { minCountFor, mineItemsets } from "./mine-itemsets";
import { packBaskets } from "./pack-baskets";

/** Itemsets as "a,b,c" → count, for comparing with a brute-force count. */
function asMap(sets: FrequentItemsets): Map<string, number> {
  const map = new Map<string, number>();
  for (let s = 0; s < sets.size; s++) {
    const key = Array.from(sets.items.subarray(sets.offsets[s], sets.offsets[s + 1])).join(",");
    expect(map.has(key)).toBe(false); // each itemset reported once
    map.set(key, sets.counts[s]);
  }
  return map;
}

/** Counts every subset (up to maxLength items) of every basket: slow, obviously right. */
function bruteForce(baskets: number[][], minCount: number, maxLength: number): Map<string, number> {
  const all = new Map<string, number>();
  for (const basket of baskets) {
    const distinct = [...new Set(basket)].sort((a, b) => a - b);
    const walk = (from: number, chosen: number[]) => {
      for (let i = from; i < distinct.length; i++) {
        const next = [...chosen, distinct[i]];
        const key = next.join(",");
        all.set(key, (all.get(key) ?? 0) + 1);
        if (next.length < maxLength) walk(i + 1, next);
      }
    };
    walk(0, []);
  }
  return new Map([...all].filter(([, count]) => count >= minCount));
}

function randomBaskets(seed: number, count: number, items: number, maxSize: number): number[][] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const size = Math.floor(random() * (maxSize + 1));
    // Squaring skews popularity so low ids are frequent and long itemsets occur.
    return Array.from({ length: size }, () => Math.floor(random() * random() * items));
  });
}

describe("mineItemsets", () => {
  it("finds the hand-counted itemsets of eight baskets", () => {
    // bread 0, butter 1, milk 2, jam 3.
    const baskets = [[0, 1, 2], [0, 1], [0, 2], [0, 1, 3], [2], [1, 2], [0, 1, 2], [3]];
    const sets = mineItemsets(packBaskets(baskets), { minSupport: 0.25 });
    expect(sets.transactions).toBe(8);
    expect(sets.minCount).toBe(2); // ceil(8 · 0.25)
    expect(asMap(sets)).toEqual(
      new Map([
        ["0", 5],
        ["1", 5],
        ["2", 5],
        ["3", 2],
        ["0,1", 4],
        ["0,2", 3],
        ["1,2", 3],
        ["0,1,2", 2],
      ]),
    );
  });

  it("agrees with brute force on random baskets, at several supports and lengths", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const baskets = randomBaskets(seed, 300, 14, 9);
      const set = packBaskets(baskets);
      for (const [minSupport, maxLength] of [
        [0.02, 10],
        [0.05, 3],
        [0.1, 1],
        [0.01, 2],
        [0.2, 3],
      ] as const) {
        const sets = mineItemsets(set, { minSupport, maxLength });
        expect(asMap(sets)).toEqual(bruteForce(baskets, minCountFor(300, minSupport), maxLength));
      }
    }
  });

  it("enumerates a single-path tree directly, up to maxLength", () => {
    // Every basket is a prefix of 0,1,2,3, so the FP-tree is one path; counts 0:4 1:4 2:3 3:3.
    const baskets = [
      [0, 1, 2, 3],
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 0],
    ];
    const full = mineItemsets(packBaskets(baskets), { minSupport: 0.5 });
    expect(full.size).toBe(15); // every non-empty subset of {0,1,2,3}
    expect(asMap(full).get("0,1")).toBe(4);
    expect(asMap(full).get("0,1,2,3")).toBe(3);
    for (const maxLength of [1, 2, 3]) {
      const capped = mineItemsets(packBaskets(baskets), { minSupport: 0.5, maxLength });
      expect(asMap(capped)).toEqual(bruteForce(baskets, 2, maxLength));
    }
  });

  it("uses arules' threshold: count >= ceil(n · minSupport) in floating point", () => {
    expect(minCountFor(9835, 0.006)).toBe(60); // 59.01 rounds up
    expect(minCountFor(9835, 0.001)).toBe(10);
    // 100 · 0.07 is 7.000000000000001 in doubles, so arules (and we) ask for 8 baskets, not 7.
    expect(minCountFor(100, 0.07)).toBe(8);
  });

  it("returns nothing for no baskets and rejects a support that is not a share", () => {
    expect(mineItemsets(packBaskets([]), { minSupport: 0.5 }).size).toBe(0);
    expect(() => mineItemsets(packBaskets([[1]]), { minSupport: 5 })).toThrow(/share above 0/);
    expect(() => mineItemsets(packBaskets([[1]]), { minSupport: 0.5, maxLength: 0 })).toThrow(/maxLength/);
  });
});
