/** Basket counts behind a rule X => Y. */
export interface RuleCounts {
  /** Baskets holding every item of X and Y. */
  count: number;
  /** Baskets holding every item of X (all baskets when X is empty). */
  antecedentCount: number;
  /** Baskets holding Y. */
  consequentCount: number;
}

export interface RuleMeasures {
  /** Share of baskets holding X and Y. */
  support: number;
  /** Share of baskets with X that also hold Y. */
  confidence: number;
  /** Confidence divided by the share of baskets holding Y: how much X raises the chance of Y. */
  lift: number;
  /** Support minus the support expected if X and Y were independent. */
  leverage: number;
  /** (1 − supp(Y)) / (1 − confidence); Infinity when X always comes with Y. */
  conviction: number;
}

/** The arules interest measures of a rule from its counts over `transactions` baskets. */
export function measureRule(counts: RuleCounts, transactions: number): RuleMeasures {
  const { count, antecedentCount, consequentCount } = counts;
  const confidence = count / antecedentCount;
  const consequentSupport = consequentCount / transactions;
  return {
    support: count / transactions,
    confidence,
    // Same operation order as arules (istree.c), so ties and rounding match it.
    lift: (confidence * transactions) / consequentCount,
    leverage: count / transactions - (antecedentCount / transactions) * consequentSupport,
    conviction: confidence === 1 ? Infinity : (1 - consequentSupport) / (1 - confidence),
  };
}
