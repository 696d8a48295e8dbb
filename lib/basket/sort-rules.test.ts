import { describe, expect, it } from "vitest";
import { sortRules } from "./sort-rules";

// leverage = support − P(X)·P(Y) = support · (1 − 1/lift), worked out by hand.
const rules = [
  { id: "a", support: 0.1, confidence: 0.5, lift: 3, leverage: 0.1 * (1 - 1 / 3) }, // 0.0667
  { id: "b", support: 0.3, confidence: 0.2, lift: 1.5, leverage: 0.3 * (1 - 1 / 1.5) }, // 0.1
  { id: "c", support: 0.1, confidence: 0.5, lift: 4, leverage: 0.1 * (1 - 1 / 4) }, // 0.075
];

describe("sortRules", () => {
  it("sorts by the chosen measure, descending, ties by lift, without touching the input", () => {
    expect(sortRules(rules, "lift").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(sortRules(rules, "support").map((r) => r.id)).toEqual(["b", "c", "a"]);
    // Leverage weighs how often a pair occurs: b, the commonest pair, leads despite the lowest lift.
    expect(sortRules(rules, "leverage").map((r) => r.id)).toEqual(["b", "c", "a"]);
    // a and c tie on confidence 0.5: c has the higher lift.
    expect(sortRules(rules, "confidence").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(rules.map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});
