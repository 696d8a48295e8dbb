import { suggestBundle, type Bundle } from "./suggest-bundle";

/** The most a bundle takes off its list price. */
export const BUNDLE_DISCOUNT = 0.1;
/** The discount when some cost is unknown and the margin cannot be checked. */
export const BUNDLE_DISCOUNT_UNKNOWN_COST = 0.05;

export type BundleItem = { price: number; cost: number | null };
export type BundlePrice = Bundle & {
  /** Share taken off the list price. */
  discount: number;
  /** Bundle price less the items' cost; null when a cost is unknown. */
  margin: number | null;
};

/**
 * Our bundle rule: 10% off the combined list price, but never more than half the bundle's gross margin,
 * in whole percents rounded down, so the bundle keeps at least half its margin (a bundle with a 12%
 * margin gets 6% off; one sold at a loss gets none). When a cost is unknown the margin cannot be
 * checked, so the discount is a cautious 5%.
 */
export function priceBundle(items: readonly BundleItem[]): BundlePrice {
  if (items.length === 0) throw new RangeError("A bundle needs at least one product.");
  for (const { price, cost } of items) {
    if (!(price >= 0 && Number.isFinite(price))) throw new RangeError(`Prices must be finite amounts of 0 or more; got ${price}.`);
    if (cost !== null && !(cost >= 0 && Number.isFinite(cost))) throw new RangeError(`Costs must be finite amounts of 0 or more; got ${cost}.`);
  }
  const costs = items.map((i) => i.cost);
  const listCents = items.reduce((s, i) => s + Math.round(i.price * 100), 0);
  const known = costs.every((c) => c !== null);
  const costCents = known ? costs.reduce<number>((s, c) => s + Math.round(c! * 100), 0) : null;
  let discount = BUNDLE_DISCOUNT_UNKNOWN_COST;
  if (costCents !== null) {
    // Whole percents of half the margin share, worked in cents; the epsilon keeps 5.0 from flooring to 4.
    const halfMarginPercent = listCents > 0 ? Math.floor(((listCents - costCents) * 50) / listCents + 1e-9) : 0;
    discount = Math.max(0, Math.min(BUNDLE_DISCOUNT * 100, halfMarginPercent)) / 100;
  }
  const bundle = suggestBundle(
    items.map((i) => i.price),
    { discount },
  );
  return { ...bundle, discount, margin: costCents === null ? null : (Math.round(bundle.bundlePrice * 100) - costCents) / 100 };
}
