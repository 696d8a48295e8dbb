import { isoToDay } from "./calendar";
import { CAT, type Catalog } from "./catalog";
import { hashString } from "./random";
import type { DemoCampaign } from "./types";

// Campaign windows and the behaviour they cause. The numbers below are inputs to the
// generating process (chances per shown offer), never the measured results.

export const XSELL = {
  key: "CMP-XSELL-ACC",
  start: "2025-09-01",
  end: "2026-10-31",
  /** Cart widget for treated customers raises the chance of an add-on from a complementary category. */
  addOnBoost: 4,
  /** A/B test of the cart offer card: logged for each customer's first few web/app orders. */
  maxLoggedPerCustomer: 3,
  accept: { A: 0.06, B: 0.09 } as Record<string, number>,
  discount: { A: 0.1, B: 0.15 } as Record<string, number>,
};
export const UPSELL = { key: "CMP-UPSELL-TIER", start: "2025-03-01", end: "2025-08-31", accept: 0.22 };
export const DEEPSELL = { key: "CMP-DEEP-CONSUMABLES", start: "2026-02-01", end: "2026-06-30", accept: 0.25, bundleQty: 3, discount: 0.1 };
export const GIFTBOX = { key: "CMP-BUNDLE-GIFTBOX", start: "2025-11-17", end: "2025-12-15", sendLocalHour: 9.5, validDays: 14, accept: 0.35 };

export const XSELL_DAYS = [isoToDay(XSELL.start), isoToDay(XSELL.end)] as const;
export const UPSELL_DAYS = [isoToDay(UPSELL.start), isoToDay(UPSELL.end)] as const;
export const DEEPSELL_DAYS = [isoToDay(DEEPSELL.start), isoToDay(DEEPSELL.end)] as const;
export const GIFTBOX_DAYS = [isoToDay(GIFTBOX.start), isoToDay(GIFTBOX.end)] as const;

/** Promoted accessory categories of the cross-sell campaign. */
export const XSELL_CATEGORIES = [CAT["Phone accessories"], CAT["Laptop accessories"]];

export type XsellVariant = "A" | "B" | "control";

/** Hash-based assignment, as a shop's A/B tool would do it: 40 % A, 40 % B, 20 % holdout. */
export function xsellVariant(customerKey: string): XsellVariant {
  const bucket = hashString(`${XSELL.key}:${customerKey}`) % 100;
  return bucket < 35 ? "A" : bucket < 70 ? "B" : "control";
}

export function giftBoxProduct(catalog: Catalog): number {
  return catalog.products.findIndex((p) => p.name === "Barista gift box");
}

export function buildCampaigns(catalog: Catalog): DemoCampaign[] {
  const skus = (pred: (i: number) => boolean): string[] => catalog.products.flatMap((p, i) => (pred(i) ? [p.sku] : []));
  return [
    {
      campaignKey: UPSELL.key,
      name: "Upgrade to the next tier",
      type: "upsell",
      channel: "web",
      placement: "product_page",
      startDate: UPSELL.start,
      endDate: UPSELL.end,
      cost: 9500,
      targetSegment: "repeat family buyers",
      promotedSkus: skus((i) => catalog.tier[i] > 1),
    },
    {
      campaignKey: XSELL.key,
      name: "Accessories in the cart (A/B test)",
      type: "cross_sell",
      channel: "web",
      placement: "cart",
      startDate: XSELL.start,
      endDate: XSELL.end,
      cost: 24000,
      targetSegment: null,
      promotedSkus: skus((i) => XSELL_CATEGORIES.includes(catalog.category[i])),
    },
    {
      campaignKey: GIFTBOX.key,
      name: "Sinterklaas barista gift box e-mail",
      type: "bundle",
      channel: "email",
      placement: "email",
      startDate: GIFTBOX.start,
      endDate: GIFTBOX.end,
      cost: 1200,
      targetSegment: "newsletter subscribers",
      promotedSkus: [catalog.products[giftBoxProduct(catalog)].sku],
    },
    {
      campaignKey: DEEPSELL.key,
      name: "Stock up: 3 for the price of 2.7",
      type: "deep_sell",
      channel: "web",
      placement: "checkout",
      startDate: DEEPSELL.start,
      endDate: DEEPSELL.end,
      cost: 6000,
      targetSegment: "consumable re-buyers",
      promotedSkus: skus((i) => catalog.consumable[i] === 1),
    },
  ];
}
