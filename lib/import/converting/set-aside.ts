/** Why rows that are neither records nor errors were set aside: counted by these reasons in an import's
 * summary, outside the rejection limit. */
export const SET_ASIDE = {
  tip: "Shopify tip lines: no product, no revenue",
  imageRow: "Rows that only add an image to a product",
  duplicateLine: "Identical lines of one invoice, counted once (UCI Online Retail)",
  shipping: "Postage and carriage lines: not a product, not revenue (UCI Online Retail)",
  fee: "Fees and charges (bank charges, marketplace fees, commission): not a product, not revenue (UCI Online Retail)",
  giftVoucher: "Gift voucher lines: a way to pay, not a product (UCI Online Retail)",
} as const;
