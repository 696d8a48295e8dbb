import { adjustBenjaminiHochberg } from "./adjust-benjamini-hochberg";
import { capBaskets } from "./cap-baskets";
import { computeFisherP } from "./compute-fisher-p";
import { deriveRules, type RuleItems } from "./derive-rules";
import { measureRule, type RuleMeasures } from "./measure-rule";
import { DEFAULT_MAX_LENGTH, mineItemsets } from "./mine-itemsets";
import { isBasketSet, packBaskets, type BasketSet } from "./pack-baskets";

export interface RuleSignificance {
  /** One-sided Fisher exact p-value: chance of this much co-buying (or more) if X and Y were independent. */
  pValue: number;
  /** Benjamini–Hochberg q-value across the rules returned. */
  qValue: number;
}

/** "Customers who bought X also bought Y", with how often and how much more than chance. */
export type Rule = RuleItems & RuleMeasures & RuleSignificance;

export interface MinedRules {
  /** Baskets mined: the support denominator, after skipping oversized baskets. */
  transactions: number;
  /** Baskets left out for holding more distinct items than maxBasketSize. */
  skippedBaskets: number;
  /** Sorted by lift, then support, both descending. */
  rules: Rule[];
}

export interface MineRulesOptions {
  /** Share of baskets holding the whole rule; default 0.1 as in arules. */
  minSupport?: number;
  /** Default 0.8 as in arules. */
  minConfidence?: number;
  /** Default 0: no lift filter. */
  minLift?: number;
  /** Fewest items in antecedent plus consequent. Default 2: arules' default 1 adds rules {} => {y}. */
  minLength?: number;
  /** Most items in antecedent plus consequent; default 10 as in arules. */
  maxLength?: number;
  /** Baskets with more distinct items are skipped (bulk orders); default 50. */
  maxBasketSize?: number;
  /** Hide rules whose BH q-value is above this; default 1 (hide none). */
  maxQ?: number;
}

export const DEFAULT_MAX_BASKET_SIZE = 50;

/**
 * Products bought together: frequent itemsets (FP-growth) turned into single-consequent rules with
 * arules apriori's thresholds and measures, each tested for positive association (Fisher) with the
 * false discovery rate controlled over the rules that pass the other filters.
 */
export function mineRules(transactions: BasketSet | Iterable<ArrayLike<number>>, options: MineRulesOptions = {}): MinedRules {
  const {
    minSupport = 0.1,
    minConfidence = 0.8,
    minLift = 0,
    minLength = 2,
    maxLength = DEFAULT_MAX_LENGTH,
    maxBasketSize = DEFAULT_MAX_BASKET_SIZE,
    maxQ = 1,
  } = options;
  requireRange("minConfidence", minConfidence, 0, 1, "a share such as 0.5");
  requireRange("minLift", minLift, 0, Infinity, "a ratio such as 1.2");
  requireRange("maxQ", maxQ, 0, 1, "a false discovery rate such as 0.05");
  requireWhole("minLength", minLength, 1);
  requireWhole("maxLength", maxLength, minLength);
  requireWhole("maxBasketSize", maxBasketSize, 1);

  const set = isBasketSet(transactions) ? transactions : packBaskets(transactions);
  const capped = capBaskets(set, maxBasketSize);
  const itemsets = mineItemsets(capped.baskets, { minSupport, maxLength });
  const n = itemsets.transactions;

  // Each rule is built once with every field, in one shape: spreading the counts and the measures into
  // new objects (and again for the p- and q-values) cost more than the mining on large catalogues.
  const rules: Rule[] = [];
  for (const r of deriveRules(itemsets, { minConfidence, minLength, maxLength })) {
    const m = measureRule(r, n);
    if (!(m.lift >= minLift)) continue;
    rules.push({
      antecedent: r.antecedent,
      consequent: r.consequent,
      count: r.count,
      antecedentCount: r.antecedentCount,
      consequentCount: r.consequentCount,
      support: m.support,
      confidence: m.confidence,
      lift: m.lift,
      leverage: m.leverage,
      conviction: m.conviction,
      pValue: 0,
      qValue: 0,
    });
  }
  const pValues = new Float64Array(rules.length);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    pValues[i] = computeFisherP({
      both: rule.count,
      onlyX: rule.antecedentCount - rule.count,
      onlyY: rule.consequentCount - rule.count,
      neither: n - rule.antecedentCount - rule.consequentCount + rule.count,
    });
  }
  const qValues = adjustBenjaminiHochberg(pValues);
  // The q-values are over every rule that passed the other filters; those above maxQ are then left out.
  let kept = 0;
  for (let i = 0; i < rules.length; i++) {
    if (!(qValues[i] <= maxQ)) continue;
    const rule = rules[i];
    rule.pValue = pValues[i];
    rule.qValue = qValues[i];
    rules[kept++] = rule;
  }
  rules.length = kept;
  rules.sort((a, b) => b.lift - a.lift || b.support - a.support);
  return { transactions: n, skippedBaskets: capped.skipped, rules };
}

function requireRange(name: string, value: number, low: number, high: number, example: string): void {
  if (!(value >= low && value <= high)) {
    throw new RangeError(`${name} must be from ${low} to ${high} (${example}); got ${value}.`);
  }
}

function requireWhole(name: string, value: number, least: number): void {
  if (!Number.isInteger(value) || value < least) {
    throw new RangeError(`${name} must be a whole number of at least ${least}; got ${value}.`);
  }
}
