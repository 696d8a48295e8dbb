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
  /^((standard|express|free|gratis|snelle) )?(shipping|verzending|verzendkosten|bezorging|bezorgkosten|delivery|handling)( (& handling|en handling|fee|costs?|kosten|[a-z]{2}))?$/,
  /^(payment|transaction|service) (fee|costs?|kosten)$/,
];
// A voucher or gift card line: the word alone or with its amount ("Dotcomgiftshop Gift Voucher £20.00",
// "Cadeaubon €25"), not a product named after one ("Gift card holder").
const VOUCHERS = [
  /\bgift ?(vouchers?|cards?|certificates?)( [£€$]?\s?\d[\d.,]*)?$/,
  /\b(cadeaubon(nen)?|cadeaukaart(en)?|waardebon(nen)?)( [£€$]?\s?\d[\d.,]*)?$/,
];

/** Whether an item of a basket is such a line, by its name (a product's name, or a category's). */
export function isNonProductLine(name: string): boolean {
  const n = name.trim().toLowerCase().replace(/\s+/g, " ");
  return WHOLE_NAMES.some((r) => r.test(n)) || VOUCHERS.some((r) => r.test(n));
}
