import { describe, expect, it } from "vitest";
import { encodeItemNames } from "./encode-item-names";
import { isBasketSet, MAX_ITEM_ID, packBaskets } from "./pack-baskets";

describe("packBaskets", () => {
  it("lays baskets back to back with start offsets", () => {
    const set = packBaskets([[3, 1], [], [2, 2, 0]]);
    expect(Array.from(set.items)).toEqual([3, 1, 2, 2, 0]);
    expect(Array.from(set.offsets)).toEqual([0, 2, 2, 5]);
    expect(isBasketSet(set)).toBe(true);
    expect(isBasketSet([[1]])).toBe(false);
  });

  it("accepts any iterable, e.g. a generator over many baskets", () => {
    function* baskets() {
      for (let b = 0; b < 3000; b++) yield [b % 7, (b + 1) % 7];
    }
    const set = packBaskets(baskets());
    expect(set.offsets.length).toBe(3001);
    expect(set.items.length).toBe(6000);
    expect(set.items[5999]).toBe(3000 % 7);
  });

  it("says which basket and position hold an id that is not a small whole number", () => {
    expect(() => packBaskets([[1], [2, 2.5]])).toThrow(/Basket 1, position 1: item id 2.5/);
    expect(() => packBaskets([[-1]])).toThrow(/Basket 0, position 0/);
    expect(() => packBaskets([[MAX_ITEM_ID + 1]])).toThrow(/encodeItemNames/);
  });
});

describe("encodeItemNames", () => {
  it("numbers names in order of first appearance", () => {
    const { baskets, names } = encodeItemNames([
      ["milk", "bread"],
      ["bread", "jam"],
    ]);
    expect(names).toEqual(["milk", "bread", "jam"]);
    expect(Array.from(baskets.items)).toEqual([0, 1, 1, 2]);
    expect(Array.from(baskets.offsets)).toEqual([0, 2, 4]);
  });
});
