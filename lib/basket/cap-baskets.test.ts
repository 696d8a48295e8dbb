import { describe, expect, it } from "vitest";
import { capBaskets } from "./cap-baskets";
import { countItems } from "./count-items";
import { packBaskets } from "./pack-baskets";

describe("capBaskets", () => {
  it("skips baskets with more distinct items than the cap and counts them", () => {
    const set = packBaskets([
      [1, 2, 3], // 3 distinct: kept at cap 3
      [1, 2, 3, 4], // 4 distinct: skipped
      [5, 5, 5, 6], // 4 lines but 2 distinct: kept, once each
      [],
    ]);
    const { baskets, skipped } = capBaskets(set, 3);
    expect(skipped).toBe(1);
    expect(Array.from(baskets.offsets)).toEqual([0, 3, 5, 5]);
    expect(Array.from(baskets.items)).toEqual([1, 2, 3, 5, 6]);
  });

  it("keeps everything when no basket is over the cap", () => {
    const set = packBaskets([[1, 2], [3]]);
    const { baskets, skipped } = capBaskets(set, 50);
    expect(skipped).toBe(0);
    expect(Array.from(baskets.items)).toEqual([1, 2, 3]);
  });

  it("rejects inconsistent offsets with a hint", () => {
    const bad = { items: new Int32Array([1, 2]), offsets: new Int32Array([0, 1]) };
    expect(() => capBaskets(bad, 5)).toThrow(/packBaskets/);
  });
});

describe("countItems", () => {
  it("counts baskets, not lines", () => {
    const counts = countItems(packBaskets([[0, 0, 1], [1], [2, 0]]));
    expect(Array.from(counts)).toEqual([2, 2, 1]);
  });
});
