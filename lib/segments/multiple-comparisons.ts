import { DEFAULT_CONFIDENCE, assertConfidence } from "@/lib/stats/proportion";

/** More rows than this and some segment will look "different" by chance alone. */
export const MANY_SEGMENTS = 10;

export type MultipleComparisons = {
  /** Segments compared: rows with at least one active customer. */
  segments: number;
  /** True when more than MANY_SEGMENTS are compared: show the note and the adjusted intervals. */
  warn: boolean;
  /** Confidence of each row's own interval. */
  confidence: number;
  /** Bonferroni: 1 − (1 − confidence) / segments per interval keeps the chance that ANY of the
   * segments' intervals (of one KPI) misses its true value below 1 − confidence. Conservative but
   * simple to explain. */
  adjustedConfidence: number;
};

export function checkMultipleComparisons(segments: number, confidence = DEFAULT_CONFIDENCE): MultipleComparisons {
  assertConfidence(confidence);
  const k = Math.max(1, segments);
  return { segments, warn: segments > MANY_SEGMENTS, confidence, adjustedConfidence: 1 - (1 - confidence) / k };
}
