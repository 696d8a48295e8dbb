import { describe, expect, it } from "vitest";
import { sortRules } from "./sort-rules";

const rules = [
  { id: "a", support: 0.1, confidence: 0.5, lift: 3 },
  { id: "b", support: 0.3, confidence: 0.2, lift: 1.5 },
  { id: "c", support: 0.1, confidence: 0.5, lift: 4 },
];

describe("sortRules", () => {
  it("sorts by the chosen measure, descending, ties by lift, without touching the input", () => {
    expect(sortRules(rules, "lift").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(sortRules(rules, "support").map((r) => r.id)).toEqual(["b", "c", "a"]);
    // a and c tie on confidence 0.5: c has the higher lift.
    expect(sortRules(rules, "confidence").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(rules.map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});
