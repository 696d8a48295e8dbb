import { describe, expect, it } from "vitest";
import { cleanSegmentValue, compareBinary, mergeByValue, segmentKey } from "./merge-by-value";

const sum = (into: { n: number }, row: { n: number }) => {
  into.n += row.n;
};

describe("mergeByValue", () => {
  it("merges spellings that differ in ASCII case or surrounding spaces; the label is the smallest spelling", () => {
    const rows = [
      { value: "noord", n: 1 },
      { value: " Noord ", n: 2 },
      { value: "NOORD", n: 4 },
      { value: "Zuid", n: 8 },
    ];
    // Byte order: "NOORD" < "Noord" < "noord".
    expect(mergeByValue(rows, sum)).toEqual([
      { value: "NOORD", n: 7 },
      { value: "Zuid", n: 8 },
    ]);
  });

  it("treats empty, all-space and missing values as one 'no value' row", () => {
    expect(
      mergeByValue(
        [
          { value: null, n: 1 },
          { value: "", n: 2 },
          { value: "   ", n: 4 },
        ],
        sum,
      ),
    ).toEqual([{ value: null, n: 7 }]);
  });

  it("follows SQLite: only spaces are trimmed, only ASCII letters folded, labels in byte order", () => {
    expect(cleanSegmentValue("\tNoord ")).toBe("\tNoord");
    expect(segmentKey("ÉCOLE Noord")).toBe("École noord");
    expect(
      mergeByValue(
        [
          { value: "école", n: 1 },
          { value: "ÉCOLE", n: 2 },
        ],
        sum,
      ),
    ).toHaveLength(2);
    // UTF-16 puts an emoji (surrogate pair) before U+FFFD; UTF-8 bytes and code points put it after.
    expect(compareBinary("\u{1F600}", "\uFFFD")).toBeGreaterThan(0);
    expect(compareBinary("ab", "abc")).toBeLessThan(0);
  });
});
