export interface PriceRangeOptions {
  /** The suggestion may cost up to the dearest item already bought times this; default 1. */
  upperFactor?: number;
  /** The suggestion must cost at least the cheapest item already bought times this; default 0.25. */
  lowerFactor?: number;
}

export interface PriceRange {
  inRange: boolean;
  low: number;
  high: number;
}

/**
 * Whether a suggested product fits the price range of the first purchase. Our definition: its price
 * lies from min(antecedent prices) × lowerFactor up to max(antecedent prices) × upperFactor, bounds
 * included. A cross-sell that costs more than what the customer just bought reads as an upsell, and one
 * far cheaper than the cheapest item is not worth the slot, hence both bounds are parameters.
 */
export function checkPriceRange(antecedentPrices: readonly number[], consequentPrice: number, options: PriceRangeOptions = {}): PriceRange {
  const { upperFactor = 1, lowerFactor = 0.25 } = options;
  if (antecedentPrices.length === 0) throw new RangeError("checkPriceRange needs the price of at least one purchased item.");
  for (const price of [...antecedentPrices, consequentPrice]) {
    if (!(price >= 0 && Number.isFinite(price))) throw new RangeError(`Prices must be finite amounts of 0 or more; got ${price}.`);
  }
  if (!(lowerFactor >= 0 && upperFactor >= lowerFactor)) {
    throw new RangeError(`Need 0 <= lowerFactor <= upperFactor; got ${lowerFactor} and ${upperFactor}.`);
  }
  const low = Math.min(...antecedentPrices) * lowerFactor;
  const high = Math.max(...antecedentPrices) * upperFactor;
  return { inRange: consequentPrice >= low && consequentPrice <= high, low, high };
}
