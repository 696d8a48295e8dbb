import { TZDate } from "@date-fns/tz";

export type MonthBucket = { month: string; startMs: number; endMs: number };

/** Calendar months in a time zone as UTC instants [start, end), covering [fromMs, toMs].
 * Bucketing against these boundaries puts an order at 00:30 local on the 1st in its own
 * month, even where the UTC date is still the previous day. */
export function monthBuckets(fromMs: number, toMs: number, timeZone: string): MonthBucket[] {
  const first = new TZDate(fromMs, timeZone);
  let y = first.getFullYear();
  let m = first.getMonth();
  const out: MonthBucket[] = [];
  for (;;) {
    const startMs = new TZDate(y, m, 1, timeZone).getTime();
    if (startMs > toMs) break;
    const endMs = new TZDate(m === 11 ? y + 1 : y, (m + 1) % 12, 1, timeZone).getTime();
    out.push({ month: `${y}-${String(m + 1).padStart(2, "0")}`, startMs, endMs });
    m = (m + 1) % 12;
    if (m === 0) y++;
  }
  return out;
}
