import { computeRoi } from "./compute-roi";

/** Sums over the lines of a campaign's linked orders (db/queries/campaigns/get-campaign-margins.ts). */
export type MarginCounts = {
  linkedOrders: number;
  /** Σ quantity × unit_price − discount over all their lines. */
  orderRevenue: number;
  /** The same over the lines whose product has a cost. */
  revenueWithCost: number;
  /** Σ quantity × (unit_price − cost) − discount over the lines whose product has a cost. */
  grossMargin: number;
  linesWithCost: number;
};

export type MarginResult = {
  linkedOrders: number;
  orderRevenue: number;
  grossMargin: number;
  /** Share of orderRevenue on lines with a known product cost; lines without one add no margin. */
  costCoverage: number | null;
  /** (grossMargin − campaign cost) / campaign cost. */
  roi: number | null;
};

/** Profit view of a campaign: null when no linked order has a line with a known product cost. */
export function summarizeMargin(counts: MarginCounts | undefined, cost: number | null): MarginResult | null {
  if (!counts || counts.linesWithCost === 0) return null;
  return {
    linkedOrders: counts.linkedOrders,
    orderRevenue: counts.orderRevenue,
    grossMargin: counts.grossMargin,
    costCoverage: counts.orderRevenue > 0 ? counts.revenueWithCost / counts.orderRevenue : null,
    roi: computeRoi(counts.grossMargin, cost),
  };
}
