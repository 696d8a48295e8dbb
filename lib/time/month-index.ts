import { monthBuckets } from "./month-buckets";

/**
 * The calendar month (in a time zone) of any instant, by binary search over month starts computed
 * once: TZDate per call resolves the offset through Intl every time. Grows to cover instants outside the
 * months known so far.
 */
export class MonthIndex {
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);

  constructor(private readonly timeZone: string) {}

  /** [start, end) of the month holding `at`, as UTC instants. */
  monthOf(at: number): { startMs: number; endMs: number } {
    const i = this.indexOf(at);
    return { startMs: this.starts[i], endMs: this.ends[i] };
  }

  /** Start of the month holding `at`. */
  startOf(at: number): number {
    const i = this.indexOf(at); // first: it may replace the arrays
    return this.starts[i];
  }

  endOfMonthStarting(startMs: number): number {
    const i = this.indexOf(startMs);
    return this.ends[i];
  }

  private indexOf(at: number): number {
    const n = this.starts.length;
    if (n === 0 || at < this.starts[0] || at >= this.ends[n - 1]) this.cover(at);
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private cover(at: number): void {
    const n = this.starts.length;
    const from = n === 0 ? at : Math.min(at, this.starts[0]);
    const to = n === 0 ? at : Math.max(at, this.ends[n - 1] - 1);
    const months = monthBuckets(from, to, this.timeZone);
    this.starts = Float64Array.from(months, (m) => m.startMs);
    this.ends = Float64Array.from(months, (m) => m.endMs);
  }
}
