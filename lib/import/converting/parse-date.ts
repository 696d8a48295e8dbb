import type { DateFormat } from "../format";
import type { LocalDateTime } from "../local-date-time";
import { splitDate } from "./split-date";

/** Reads a date (with optional time and offset) in the column's day/month order; a year-first
 * (ISO-like) value is unambiguous and read as such in any column. Null when unreadable or not a
 * real calendar date (31-02-2025). */
export function parseDate(raw: string, format: DateFormat): LocalDateTime | null {
  // The lines of one order repeat its date: the text read last is read once. The value is frozen,
  // as two records may then share it.
  if (last.raw === raw && last.order === format.order) return last.value;
  const value = readDate(raw, format);
  last = { raw, order: format.order, value: value && Object.freeze(value) };
  return last.value;
}

let last: { raw: string | null; order: DateFormat["order"] | null; value: LocalDateTime | null } = { raw: null, order: null, value: null };

function readDate(raw: string, format: DateFormat): LocalDateTime | null {
  const p = splitDate(raw);
  if (!p) return null;
  let y: number, m: number, d: number;
  if (p.yearFirst) [y, m, d] = p.parts;
  else if (format.order === "mdy") [m, d, y] = p.parts;
  else [d, m, y] = p.parts;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d, hh: p.hh, mm: p.mm, ss: p.ss, offsetMinutes: p.offsetMinutes };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DAYS[m - 1]);

/** YYYY-MM-DD of the date as written (no time zone shift). */
export function toIsoDate(dt: LocalDateTime): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(dt.y, 4)}-${pad(dt.m)}-${pad(dt.d)}`;
}
