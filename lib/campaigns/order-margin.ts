import type { MarginCounts } from "./summarize-margin";

export type OrderMargin = Pick<MarginCounts, "revenueWithCost" | "grossMargin" | "linesWithCost">;
type Line = { productId: number; quantity: number; unitPrice: number; discount: number };

/** One order's part of a campaign's margin (lib/campaigns/summarize-margin.ts): over its lines whose
 * product has a cost, Σ quantity × unit_price − discount, Σ quantity × (unit_price − cost) − discount,
 * and how many such lines. Kept per order in order_facts, so a campaign's margin reads no lines. */
export function orderMargin(lines: readonly Line[], costOf: (productId: number) => number | null): OrderMargin {
  let revenueWithCost = 0;
  let grossMargin = 0;
  let linesWithCost = 0;
  for (const l of lines) {
    const cost = costOf(l.productId);
    if (cost === null) continue;
    revenueWithCost += l.quantity * l.unitPrice - l.discount;
    grossMargin += l.quantity * (l.unitPrice - cost) - l.discount;
    linesWithCost++;
  }
  return { revenueWithCost, grossMargin, linesWithCost };
}
