import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, parseISO, subYears } from "date-fns";
import { monthBuckets } from "@/lib/time/month-buckets";

/** Whole local days `from`..`to` inclusive, as UTC instants [startMs, endMs). */
export type Period = { from: string; to: string; startMs: number; endMs: number };
export type Granularity = "day" | "week" | "month";
export type Bucket = { key: string; startMs: number; endMs: number };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function localMidnight(day: string, timeZone: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return new TZDate(y, m - 1, d, timeZone).getTime();
}

export function shiftDay(day: string, days: number): string {
  return format(addDays(parseISO(day), days), "yyyy-MM-dd");
}

/** The local calendar day of an instant. */
export function dayOf(ms: number, timeZone: string): string {
  return format(new TZDate(ms, timeZone), "yyyy-MM-dd");
}

export function makePeriod(from: string, to: string, timeZone: string): Period {
  if (!DAY.test(from) || !DAY.test(to)) throw new Error("Dates must be YYYY-MM-DD");
  if (to < from) throw new Error(`The period ends (${to}) before it starts (${from})`);
  return { from, to, startMs: localMidnight(from, timeZone), endMs: localMidnight(shiftDay(to, 1), timeZone) };
}

export function periodDays(p: Pick<Period, "from" | "to">): number {
  return differenceInCalendarDays(parseISO(p.to), parseISO(p.from)) + 1;
}

/** The comparison period: the same number of days just before, or the same dates a year earlier. */
export function comparisonPeriod(p: Period, mode: "previous" | "year", timeZone: string): Period {
  if (mode === "year") {
    const shift = (d: string) => format(subYears(parseISO(d), 1), "yyyy-MM-dd");
    return makePeriod(shift(p.from), shift(p.to), timeZone);
  }
  const days = periodDays(p);
  return makePeriod(shiftDay(p.from, -days), shiftDay(p.from, -1), timeZone);
}

/** Days up to two months, weeks up to half a year, months beyond. */
export function granularityFor(p: Pick<Period, "from" | "to">): Granularity {
  const days = periodDays(p);
  return days <= 62 ? "day" : days <= 183 ? "week" : "month";
}

/** Buckets covering the period, clipped to it; weeks start on Monday (ISO), keyed by their Monday. */
export function bucketsFor(p: Period, g: Granularity, timeZone: string): Bucket[] {
  if (g === "month") {
    return monthBuckets(p.startMs, p.endMs - 1, timeZone).map((b) => ({
      key: b.month,
      startMs: Math.max(b.startMs, p.startMs),
      endMs: Math.min(b.endMs, p.endMs),
    }));
  }
  const out: Bucket[] = [];
  let day = p.from;
  if (g === "week") {
    const weekday = (parseISO(day).getDay() + 6) % 7; // Monday = 0
    day = shiftDay(day, -weekday);
  }
  const step = g === "week" ? 7 : 1;
  while (day <= p.to) {
    const next = shiftDay(day, step);
    out.push({ key: day, startMs: Math.max(localMidnight(day, timeZone), p.startMs), endMs: Math.min(localMidnight(next, timeZone), p.endMs) });
    day = next;
  }
  return out;
}
