import { kpisFromCounts, type KpiCounts, type KpiSet } from "@/lib/kpi/kpis";
import { DEFAULT_CONFIDENCE, estimateProportion, type Estimate } from "@/lib/stats/proportion";
import { UNKNOWN_SEGMENT } from "./dimensions";
import { checkMultipleComparisons, type MultipleComparisons } from "./multiple-comparisons";

/** Per segment value, the counts behind every KPI (docs/kpis.md); value null = no value. */
export type SegmentCounts = KpiCounts & { value: string | null };

type RatioIntervals = { crossSellRatio: Estimate | null; upsellRatio: Estimate | null };

export type SegmentRow = {
  value: string;
  unknown: boolean;
  /** Active customers of the segment in the period. */
  customers: number;
  kpis: KpiSet;
  /** Fewer active customers than minSize: its ratios swing with a customer or two. */
  small: boolean;
  /** Wilson intervals at `confidence`; null without active customers. */
  intervals: RatioIntervals;
  /** The same at the Bonferroni-adjusted level, only when many segments are compared. */
  adjustedIntervals: RatioIntervals | null;
};

export const DEFAULT_MIN_SEGMENT_SIZE = 30;

function intervals(c: SegmentCounts, confidence: number): RatioIntervals {
  if (c.active === 0) return { crossSellRatio: null, upsellRatio: null };
  return {
    crossSellRatio: estimateProportion({ conversions: c.cross, users: c.active }, confidence),
    upsellRatio: estimateProportion({ conversions: c.up, users: c.active }, confidence),
  };
}

/**
 * Rows of the segment table: KPIs, size flag and intervals. Ordered by `order` when the dimension
 * has a natural one (age bands, RFM groups), else by active customers, largest first; the
 * "(unknown)" row always comes last.
 */
export function shapeSegmentRows(
  counts: readonly SegmentCounts[],
  opts: { minSize?: number; confidence?: number; order?: readonly string[] } = {},
): { rows: SegmentRow[]; multipleComparisons: MultipleComparisons } {
  const minSize = opts.minSize ?? DEFAULT_MIN_SEGMENT_SIZE;
  const confidence = opts.confidence ?? DEFAULT_CONFIDENCE;
  const mc = checkMultipleComparisons(counts.filter((c) => c.active > 0).length, confidence);
  const rank = (v: string) => {
    const i = opts.order?.indexOf(v) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const sorted = [...counts].sort((a, b) => {
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
    return rank(a.value) - rank(b.value) || b.active - a.active || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  });
  const rows = sorted.map((c) => ({
    value: c.value ?? UNKNOWN_SEGMENT,
    unknown: c.value === null,
    customers: c.active,
    kpis: kpisFromCounts(c),
    small: c.active < minSize,
    intervals: intervals(c, confidence),
    adjustedIntervals: mc.warn ? intervals(c, mc.adjustedConfidence) : null,
  }));
  return { rows, multipleComparisons: mc };
}
