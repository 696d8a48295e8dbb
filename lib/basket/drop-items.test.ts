import { describe, expect, it } from "vitest";
import { dropItems } from "./drop-items";
import { packBaskets } from "./pack-baskets";

const unpack = (b: { items: Int32Array; offsets: Int32Array }) =>
  Array.from({ length: b.offsets.length - 1 }, (_, i) => [...b.items.subarray(b.offsets[i], b.offsets[i + 1])]);

describe("dropItems", () => {
  it("takes the named items out of every basket and drops the baskets left empty", () => {
    const baskets = packBaskets([[0, 9], [9], [1, 2, 9], [3]]);
    const { baskets: out, emptied } = dropItems(baskets, (i) => i === 9);
    expect(unpack(out)).toEqual([[0], [1, 2], [3]]);
    expect(emptied).toBe(1);
  });
  it("keeps everything when nothing is named", () => {
    const baskets = packBaskets([[0, 1], [2]]);
    expect(unpack(dropItems(baskets, () => false).baskets)).toEqual([[0, 1], [2]]);
  });
});
