// Lines an order export carries that are no product a customer chose: postage and shipping, fees and bank
// charges, discounts and manual adjustments, samples, gift vouchers, tips. In "bought together" they pair
// with everything (UCI Online Retail's POSTAGE is on 1,256 lines) and crowd out the real pairs. Matched on
// the whole name, so "Manual coffee grinder" or "Postage stamp album" stay products.
const WHOLE_NAMES = [
  /^(dotcom )?postage$/,
  /^carriage$/,
  /^manual$/,
  /^discount$/,
  /^samples?$/,
  /^bank charges?$/,
  /^amazon fee$/,
  /^cruk commission$/,
  /^adjust bad debt$/,
  /^(tip|fooi)$/,
  /^(shipping|verzendkosten|verzending|bezorgkosten|delivery|handling)( (fee|costs?|kosten))?$/,
  /^(payment|transaction|service) (fee|costs?|kosten)$/,
];
const ANYWHERE = [/\bgift ?(voucher|card|certificate)\b/, /\b(cadeaubon|cadeaukaart|waardebon)\b/];

/** Whether an item of a basket is such a line, by its name (a product's name, or a category's). */
export function isNonProductLine(name: string): boolean {
  const n = name.trim().toLowerCase().replace(/\s+/g, " ");
  return WHOLE_NAMES.some((r) => r.test(n)) || ANYWHERE.some((r) => r.test(n));
}
