import { estimateProportion, type Estimate } from "@/lib/stats/proportion";
import { DEFAULT_MIN_SEGMENT_SIZE } from "@/lib/segments/shape-segment-rows";

/** One funnel row as SQL counts it (db/queries/offers/get-offer-funnel.ts). */
export type FunnelCounts = { key: string; label: string; shown: number; accepted: number; purchased: number; customers: number; revenue: number };

export type FunnelRow = FunnelCounts & {
  /** accepted / shown, with its 95% Wilson interval. */
  acceptance: Estimate | null;
  /** purchased / accepted: accepted offers that became a counted order. */
  purchaseOfAccepted: number | null;
  /** revenue / shown: what showing one offer earned, on average. */
  revenuePerOffer: number | null;
  /** Fewer customers than the minimum segment size: flagged, not hidden. */
  small: boolean;
};

export function shapeFunnel(rows: readonly FunnelCounts[], minSize = DEFAULT_MIN_SEGMENT_SIZE): FunnelRow[] {
  return rows.map((r) => ({
    ...r,
    acceptance: r.shown > 0 ? estimateProportion({ conversions: r.accepted, users: r.shown }) : null,
    purchaseOfAccepted: r.accepted > 0 ? r.purchased / r.accepted : null,
    revenuePerOffer: r.shown > 0 ? r.revenue / r.shown : null,
    small: r.customers < minSize,
  }));
}
