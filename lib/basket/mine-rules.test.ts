import { describe, expect, it } from "vitest";
import { mineRules } from "./mine-rules";
import { packBaskets } from "./pack-baskets";

// bread 0, butter 1, milk 2, jam 3. Eight real baskets (one lists butter twice), plus a bulk order of
// six distinct items that the cap of 5 must skip.
const baskets = [[0, 1, 2], [0, 1, 1], [0, 2], [0, 1, 3], [2], [1, 2], [0, 1, 2], [3], [0, 1, 2, 3, 4, 5]];
const show = (r: { antecedent: number[]; consequent: number }) => `${r.antecedent.join("+")}=>${r.consequent}`;

describe("mineRules", () => {
  const result = mineRules(baskets, { minSupport: 0.25, minConfidence: 0.6, maxBasketSize: 5 });

  it("skips the oversized basket, reports it, and leaves it out of the denominator", () => {
    expect(result.transactions).toBe(8);
    expect(result.skippedBaskets).toBe(1);
  });

  it("returns the hand-worked rules sorted by lift, then support", () => {
    // lift 1.28 (support 0.5): 0=>1, 1=>0; lift (2/3)/(5/8) = 16/15 (support 0.25): 0+2=>1, 1+2=>0;
    // lift 0.6/(5/8) = 0.96 (support 0.375): 0=>2, 2=>0, 1=>2, 2=>1. {0,1}=>2 has confidence 0.5: out.
    expect(result.rules.map(show)).toHaveLength(8);
    expect(result.rules.slice(0, 2).map(show).sort()).toEqual(["0=>1", "1=>0"]);
    expect(result.rules.slice(2, 4).map(show).sort()).toEqual(["0+2=>1", "1+2=>0"]);
    expect(result.rules.slice(4).map(show).sort()).toEqual(["0=>2", "1=>2", "2=>0", "2=>1"]);
    expect(result.rules[2].lift).toBeCloseTo(16 / 15, 12);
    expect(result.rules[4].lift).toBeCloseTo(0.96, 12);
  });

  it("fills in every measure of {bread} => {butter}", () => {
    const rule = result.rules.find((r) => show(r) === "0=>1");
    // Table: both 4, bread only 1, butter only 1, neither 2 (n = 8).
    // Fisher: P(K >= 4) = [C(5,4)·C(3,1) + C(5,5)·C(3,0)] / C(8,5) = 16/56 = 2/7.
    expect(rule).toMatchObject({ antecedent: [0], consequent: 1, count: 4, antecedentCount: 5, consequentCount: 5 });
    expect(rule?.support).toBe(0.5);
    expect(rule?.confidence).toBe(0.8);
    expect(rule?.lift).toBeCloseTo(1.28, 12);
    expect(rule?.leverage).toBeCloseTo(0.109375, 12);
    expect(rule?.conviction).toBeCloseTo(1.875, 12);
    expect(rule?.pValue).toBeCloseTo(2 / 7, 12);
  });

  it("adjusts p-values across the rules returned (Benjamini–Hochberg)", () => {
    // p: 2/7 for the two lift-1.28 rules; {0,2}=>1: P(K >= 2) with X in 3, Y in 5 of 8 =
    // [C(3,2)·C(5,3) + C(3,3)·C(5,2)] / 56 = 40/56 = 5/7 (two such rules); 0=>2 and kin: (30+15+1)/56 = 23/28.
    // BH with m = 8: the largest p, 23/28 at rank 8, is below every p·8/rank, so every q is 23/28.
    expect(result.rules[4].pValue).toBeCloseTo(23 / 28, 12);
    expect(result.rules[2].pValue).toBeCloseTo(5 / 7, 12);
    for (const rule of result.rules) expect(rule.qValue).toBeCloseTo(23 / 28, 12);
  });

  it("hides chance pairs with maxQ and keeps the real association", () => {
    // 100 baskets: A (10) and B (11) together 20 times, apart 5 times each; C (12) and D (13) in 20
    // baskets each, together 4 times, exactly as often as chance predicts (20 · 20 / 100).
    const data = [
      ...Array(20).fill([10, 11]),
      ...Array(5).fill([10]),
      ...Array(5).fill([11]),
      ...Array(4).fill([12, 13]),
      ...Array(16).fill([12]),
      ...Array(16).fill([13]),
      ...Array(34).fill([14]),
    ] as number[][];
    const all = mineRules(data, { minSupport: 0.04, minConfidence: 0.1 });
    // Ties in lift and support keep the order in which rules were derived, hence the sorts.
    expect(all.rules.slice(0, 2).map(show).sort()).toEqual(["10=>11", "11=>10"]);
    expect(all.rules.slice(2).map(show).sort()).toEqual(["12=>13", "13=>12"]);
    expect(all.rules[0].lift).toBeCloseTo(3.2, 12); // 0.8 / 0.25
    expect(all.rules[2].lift).toBeCloseTo(1, 12);
    expect(all.rules[2].pValue).toBeGreaterThan(0.5);
    const real = mineRules(data, { minSupport: 0.04, minConfidence: 0.1, maxQ: 0.05 });
    expect(real.rules.map(show).sort()).toEqual(["10=>11", "11=>10"]);
    expect(real.rules[0].qValue).toBeLessThan(1e-10);
    const lifted = mineRules(data, { minSupport: 0.04, minConfidence: 0.1, minLift: 1.5 });
    expect(lifted.rules.map(show).sort()).toEqual(["10=>11", "11=>10"]);
  });

  it("takes a packed basket set as well as arrays", () => {
    const packed = mineRules(packBaskets(baskets), { minSupport: 0.25, minConfidence: 0.6, maxBasketSize: 5 });
    expect(packed).toEqual(result);
  });

  it("explains options out of range", () => {
    expect(() => mineRules(baskets, { minConfidence: 1.5 })).toThrow(/minConfidence must be from 0 to 1/);
    expect(() => mineRules(baskets, { minLength: 3, maxLength: 2 })).toThrow(/maxLength must be a whole number of at least 3/);
    expect(() => mineRules(baskets, { maxBasketSize: 0 })).toThrow(/maxBasketSize/);
    expect(() => mineRules(baskets, { minSupport: 0 })).toThrow(/minSupport/);
  });
});
