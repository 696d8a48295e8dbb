import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countItems } from "./count-items";
import { encodeItemNames } from "./encode-item-names";
import { mineRules } from "./mine-rules";

// arules' Groceries data (9,835 baskets, 169 items); present in CI beside the repository, not needed to run.
const file = path.join(import.meta.dirname, "../../../shared/datasets/groceries/groceries.csv");

describe.skipIf(!existsSync(file))("mineRules on Groceries reproduces arules apriori", () => {
  const lines = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.length > 0)
    : [];
  const { baskets, names } = encodeItemNames(lines.map((line) => line.split(",")));
  const name = (id: number) => names[id];

  it("reads 9,835 baskets of 169 items with the published item frequencies", () => {
    expect(baskets.offsets.length - 1).toBe(9835);
    expect(names).toHaveLength(169);
    const counts = countItems(baskets);
    const top = names
      .map((item, id) => [item, counts[id]] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    expect(top).toEqual([
      ["whole milk", 2513],
      ["other vegetables", 1903],
      ["rolls/buns", 1809],
      ["soda", 1715],
      ["yogurt", 1372],
    ]);
  });

  it("support 0.006, confidence 0.25, minlen 2: 463 rules, led by {herbs} => {root vegetables}", () => {
    const result = mineRules(baskets, { minSupport: 0.006, minConfidence: 0.25, minLength: 2 });
    expect(result.transactions).toBe(9835);
    expect(result.skippedBaskets).toBe(0); // the largest basket has 32 items, under the cap of 50
    expect(result.rules).toHaveLength(463);
    const first = result.rules[0];
    expect(first.antecedent.map(name)).toEqual(["herbs"]);
    expect(name(first.consequent)).toBe("root vegetables");
    expect(first.support.toFixed(5)).toBe("0.00702");
    expect(first.confidence.toFixed(3)).toBe("0.431");
    expect(first.lift.toFixed(3)).toBe("3.956");
    expect(first).toMatchObject({ count: 69, antecedentCount: 160, consequentCount: 1072 });
  });

  it("support 0.001, confidence 0.5, minlen 2: 5,668 rules", () => {
    const result = mineRules(baskets, { minSupport: 0.001, minConfidence: 0.5, minLength: 2 });
    expect(result.rules).toHaveLength(5668);
    // 452 of them sit exactly on confidence 0.5 (e.g. 5/10): arules keeps ties, and so do we.
    expect(result.rules.filter((rule) => rule.confidence === 0.5)).toHaveLength(452);
  });
});
