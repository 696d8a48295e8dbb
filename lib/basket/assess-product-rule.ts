import { checkPriceRange } from "./check-price-range";
import { priceBundle, type BundlePrice } from "./price-bundle";

export type ProductFacts = { price: number | null; cost: number | null };

export type PriceFit = {
  /** "above" reads as an upsell, "below" as an add-on too cheap to be worth the slot. */
  position: "in" | "above" | "below";
  /** The consequent's list price and the range it is held against (see checkPriceRange). */
  price: number;
  low: number;
  high: number;
};

export type ProductRuleAdvice = { priceFit: PriceFit | null; bundle: BundlePrice | null };

/**
 * The seeds' advice for a product rule X => y: cross-sell within the price range of the first purchase
 * (y against X's prices), and a bundle of X and y. Both need every list price, so a missing one gives null.
 */
export function assessProductRule(antecedent: readonly ProductFacts[], consequent: ProductFacts): ProductRuleAdvice {
  const items = [...antecedent, consequent];
  if (items.some((i) => i.price === null)) return { priceFit: null, bundle: null };
  const prices = antecedent.map((i) => i.price!);
  const price = consequent.price!;
  const range = checkPriceRange(prices, price);
  const position = range.inRange ? "in" : price > range.high ? "above" : "below";
  return {
    priceFit: { position, price, low: range.low, high: range.high },
    bundle: priceBundle(items.map((i) => ({ price: i.price!, cost: i.cost }))),
  };
}
