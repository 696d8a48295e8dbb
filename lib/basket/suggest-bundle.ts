export interface Bundle {
  /** Sum of the item prices. */
  listPrice: number;
  /** List price less the bundle discount, in whole cents. */
  bundlePrice: number;
  /** listPrice − bundlePrice. */
  saving: number;
}

/**
 * A bundle of the rule's products at a combined price. Amounts are in currency units (euros) and are
 * worked in whole cents so 19.99 + 29.99 is 49.98, not 49.980000000000004.
 */
export function suggestBundle(prices: readonly number[], options: { discount?: number } = {}): Bundle {
  const { discount = 0 } = options;
  if (prices.length === 0) throw new RangeError("A bundle needs at least one product price.");
  if (!(discount >= 0 && discount < 1)) {
    throw new RangeError(`discount is a share of the list price from 0 up to (not including) 1, e.g. 0.1; got ${discount}.`);
  }
  let listCents = 0;
  for (const price of prices) {
    if (!(price >= 0 && Number.isFinite(price))) throw new RangeError(`Prices must be finite amounts of 0 or more; got ${price}.`);
    listCents += Math.round(price * 100);
  }
  const bundleCents = Math.round(listCents * (1 - discount));
  return { listPrice: listCents / 100, bundlePrice: bundleCents / 100, saving: (listCents - bundleCents) / 100 };
}
