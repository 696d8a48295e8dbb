import { ItemsetIndex } from "./index-itemsets";
import type { FrequentItemsets } from "./itemset-sink";
import type { RuleCounts } from "./measure-rule";

/** A rule X => Y with its counts: items are ids, the antecedent ascending. */
export interface RuleItems extends RuleCounts {
  antecedent: number[];
  consequent: number;
}

export interface DeriveRulesOptions {
  minConfidence: number;
  /** Fewest items in the whole rule (antecedent plus consequent), as arules' minlen. */
  minLength: number;
  /** Most items in the whole rule, as arules' maxlen. */
  maxLength: number;
}

/**
 * arules accepts a rule when confidence >= minConfidence − 1e-12 (istree.c), so a confidence that
 * lands a hair below the threshold through rounding still counts.
 */
export const CONFIDENCE_TOLERANCE = 1e-12;

/**
 * Rules with a single-item consequent from every frequent itemset, as arules apriori makes them by
 * default: for itemset Z and each item y in Z, the rule Z∖{y} => {y}. With minLength 1, every frequent
 * item also gives {} => {y}, whose confidence is the item's support (arules does the same).
 */
export function deriveRules(sets: FrequentItemsets, options: DeriveRulesOptions): RuleItems[] {
  const { minConfidence, minLength, maxLength } = options;
  const threshold = minConfidence - CONFIDENCE_TOLERANCE;
  const { items, offsets, counts, itemCounts, transactions } = sets;
  const index = new ItemsetIndex(sets);
  const rules: RuleItems[] = [];
  for (let s = 0; s < sets.size; s++) {
    const start = offsets[s];
    const length = offsets[s + 1] - start;
    if (length < minLength || length > maxLength) continue;
    const count = counts[s];
    for (let skip = 0; skip < length; skip++) {
      const antecedentCount = length === 1 ? transactions : index.countWithout(s, skip);
      // Every subset of a frequent itemset is frequent and was mined, so this only guards the invariant.
      if (antecedentCount < 0) throw new Error("Itemset miner did not report a subset of a frequent itemset.");
      if (count / antecedentCount < threshold) continue;
      const antecedent: number[] = [];
      for (let i = start; i < start + length; i++) if (i !== start + skip) antecedent.push(items[i]);
      const consequent = items[start + skip];
      rules.push({ antecedent, consequent, count, antecedentCount, consequentCount: itemCounts[consequent] });
    }
  }
  return rules;
}
