import { describe, expect, it } from "vitest";
import { deriveRules } from "./derive-rules";
import { mineItemsets } from "./mine-itemsets";
import { packBaskets } from "./pack-baskets";

// bread 0, butter 1, milk 2, jam 3: bread 5, butter 5, milk 5, jam 2; bread+butter 4, bread+milk 3,
// butter+milk 3, all three 2.
const baskets = packBaskets([[0, 1, 2], [0, 1], [0, 2], [0, 1, 3], [2], [1, 2], [0, 1, 2], [3]]);
const sets = mineItemsets(baskets, { minSupport: 0.25 });
const show = (r: { antecedent: number[]; consequent: number }) => `${r.antecedent.join("+")}=>${r.consequent}`;

describe("deriveRules", () => {
  it("makes single-consequent rules that reach the confidence, ties included", () => {
    // Confidences: 0=>1, 1=>0 4/5; 0<=>2 and 1<=>2 3/5 (exactly the threshold 0.6, kept as arules does);
    // {0,1}=>2 2/4 (dropped), {0,2}=>1 and {1,2}=>0 2/3.
    const rules = deriveRules(sets, { minConfidence: 0.6, minLength: 2, maxLength: 10 });
    expect(rules.map(show).sort()).toEqual(["0+2=>1", "0=>1", "0=>2", "1+2=>0", "1=>0", "1=>2", "2=>0", "2=>1"]);
    const rule = rules.find((r) => show(r) === "0+2=>1");
    expect(rule).toMatchObject({ count: 2, antecedentCount: 3, consequentCount: 5 });
  });

  it("counts minLength and maxLength over the whole rule, as arules' minlen and maxlen", () => {
    const onlyTriples = deriveRules(sets, { minConfidence: 0, minLength: 3, maxLength: 3 });
    expect(onlyTriples.map(show).sort()).toEqual(["0+1=>2", "0+2=>1", "1+2=>0"]);
    const onlyPairs = deriveRules(sets, { minConfidence: 0, minLength: 2, maxLength: 2 });
    expect(onlyPairs).toHaveLength(6);
  });

  it("adds rules with an empty antecedent at minLength 1, confidence = the item's support", () => {
    const rules = deriveRules(sets, { minConfidence: 0.5, minLength: 1, maxLength: 1 });
    // bread, butter, milk have support 5/8 >= 0.5; jam 2/8 does not.
    expect(rules.map(show).sort()).toEqual(["=>0", "=>1", "=>2"]);
    expect(rules[0]).toMatchObject({ antecedent: [], count: 5, antecedentCount: 8 });
  });
});
