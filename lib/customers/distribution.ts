/** The percentiles every distribution on the customers page reports. */
export const PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99] as const;
/** About this many bars up to the 99th percentile; the last bar holds everything above. */
const TARGET_BINS = 20;

export type Percentile = { p: number; value: number };
export type HistogramBin = {
  /** Lower edge, inclusive; the first bin also holds values below it (refunds can make a total negative). */
  from: number;
  /** Upper edge, exclusive; null for the open last bin. */
  to: number | null;
  customers: number;
};
export type Distribution = {
  customers: number;
  total: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  percentiles: Percentile[];
  bins: HistogramBin[];
};

/**
 * 1-based ranks whose values the percentiles need, by linear interpolation between order
 * statistics (Hyndman & Fan type 7: Excel's PERCENTILE.INC, numpy's default): for p, h = (n − 1)p,
 * and the value lies between ranks ⌊h⌋ + 1 and ⌊h⌋ + 2.
 */
export function percentileRanks(n: number, ps: readonly number[] = PERCENTILES): number[] {
  if (n === 0) return [];
  const ranks = new Set<number>();
  for (const p of ps) {
    const lo = Math.floor((n - 1) * p) + 1;
    ranks.add(lo);
    ranks.add(Math.min(lo + 1, n));
  }
  return [...ranks].sort((a, b) => a - b);
}

/** The percentiles from the values at `percentileRanks(n)`. */
export function interpolatePercentiles(n: number, valueAt: ReadonlyMap<number, number>, ps: readonly number[] = PERCENTILES): Percentile[] {
  if (n === 0) return [];
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h) + 1;
    const a = valueAt.get(lo);
    const b = valueAt.get(Math.min(lo + 1, n));
    if (a === undefined || b === undefined) throw new Error(`Missing value at rank ${lo} of ${n}`);
    return { p, value: a + (h - Math.floor(h)) * (b - a) };
  });
}

/** A bar width of 1, 2, 2.5 or 5 × 10^k giving about TARGET_BINS bars from 0 up to `top`. */
export function chooseBinWidth(top: number): number {
  if (!(top > 0)) return 1;
  const raw = top / TARGET_BINS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-12)) ?? 10;
  return step * power;
}

/** Bars of `width` from 0; a value belongs to bar ⌊v / width⌋, clamped to 0…closed (closed = the open last bar). */
export function binCount(top: number, width: number): number {
  return Math.max(1, Math.ceil(top / width - 1e-9));
}

/** Turns counts per bar index (index `closed` = open last bar) into the bars, zeros included. */
export function shapeBins(width: number, closed: number, counts: ReadonlyMap<number, number>): HistogramBin[] {
  const bins: HistogramBin[] = [];
  for (let i = 0; i < closed; i++) bins.push({ from: i * width, to: (i + 1) * width, customers: counts.get(i) ?? 0 });
  const over = counts.get(closed) ?? 0;
  if (over > 0) bins.push({ from: closed * width, to: null, customers: over });
  return bins;
}

/** The same summary for values already in memory (the predicted lifetime values). */
export function summarizeValues(values: readonly number[]): Distribution {
  const n = values.length;
  if (n === 0) return { customers: 0, total: 0, mean: null, min: null, max: null, percentiles: [], bins: [] };
  const sorted = Float64Array.from(values).sort();
  const valueAt = new Map(percentileRanks(n).map((r) => [r, sorted[r - 1]]));
  const percentiles = interpolatePercentiles(n, valueAt);
  const total = sorted.reduce((s, v) => s + v, 0);
  const top = percentiles[percentiles.length - 1].value;
  const width = chooseBinWidth(top);
  const closed = binCount(top, width);
  const counts = new Map<number, number>();
  for (const v of sorted) {
    const i = Math.min(Math.max(Math.floor(v / width), 0), closed);
    counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  return { customers: n, total, mean: total / n, min: sorted[0], max: sorted[n - 1], percentiles, bins: shapeBins(width, closed, counts) };
}
