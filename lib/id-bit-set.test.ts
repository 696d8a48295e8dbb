import { describe, expect, it } from "vitest";
import { IdBitSet } from "./id-bit-set";

describe("IdBitSet", () => {
  it("counts each id once and iterates in ascending order, across word and growth boundaries", () => {
    const s = new IdBitSet();
    const ids = [70_000, 31, 0, 32, 1, 31, 100_003, 63, 64, 1_000_003, 1_000_032];
    for (const id of ids) s.add(id);
    const unique = [...new Set(ids)].sort((a, b) => a - b);
    expect(s.size).toBe(unique.length);
    expect([...s]).toEqual(unique);
    expect(s.has(31)).toBe(true);
    expect(s.has(30)).toBe(false);
    expect(s.has(10 ** 9)).toBe(false);
  });

  it("agrees with a Set on random ids", () => {
    const s = new IdBitSet();
    const ref = new Set<number>();
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      const id = x % 200_000;
      s.add(id);
      ref.add(id);
    }
    expect(s.size).toBe(ref.size);
    expect([...s]).toEqual([...ref].sort((a, b) => a - b));
  });

  it("refuses what is not an id", () => {
    const s = new IdBitSet();
    expect(() => s.add(-1)).toThrow(RangeError);
    expect(() => s.add(1.5)).toThrow(RangeError);
  });
});
