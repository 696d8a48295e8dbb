/** The pieces of a date-like text before its day/month order is known. */
export interface DateParts {
  /** [year, a, b] when the year comes first, else [a, b, year]. */
  parts: [number, number, number];
  yearFirst: boolean;
  separator: "-" | "/" | ".";
  hasTime: boolean;
  hh: number;
  mm: number;
  ss: number;
  offsetMinutes: number | null;
}

const TIME = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*([AaPp][Mm])?)?`;
const OFFSET = String.raw`\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}${OFFSET}$`, "i");
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}${OFFSET}$`, "i");

/** Splits "2025-12-31", "31-12-2025 14:30", "12/31/25 2:30 PM", "2022-04-06 21:52:40 -0400",
 * "2025-12-31T13:30:00+01:00"; null when the text has no date shape. Time validity is checked here,
 * the date itself once its order is known. */
export function splitDate(raw: string): DateParts | null {
  const s = raw.trim();
  const ymd = YEAR_FIRST.exec(s);
  const other = ymd ? null : YEAR_LAST.exec(s);
  const m = ymd ?? other;
  if (!m) return null;
  // Number(m[i]) inline rather than a helper closure: this runs once per line of a file.
  let year = ymd ? Number(m[1]) : Number(m[4]);
  if (!ymd && m[4].length === 2) year += 2000;
  let hh = m[5] === undefined ? 0 : Number(m[5]);
  const ampm = m[8]?.toLowerCase();
  if (ampm) {
    if (hh < 1 || hh > 12) return null;
    hh = (hh % 12) + (ampm === "pm" ? 12 : 0);
  }
  const mm = m[6] === undefined ? 0 : Number(m[6]);
  const ss = m[7] === undefined ? 0 : Number(m[7]);
  if (hh > 23 || mm > 59 || ss > 59) return null;
  return {
    parts: ymd ? [year, Number(m[3]), Number(m[4])] : [Number(m[1]), Number(m[3]), year],
    yearFirst: Boolean(ymd),
    separator: m[2] as DateParts["separator"],
    hasTime: m[5] !== undefined,
    hh,
    mm,
    ss,
    offsetMinutes: readOffset(m[9]),
  };
}

function readOffset(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (/^(z|utc|gmt)$/i.test(text)) return 0;
  const digits = text.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
  return text[0] === "-" ? -minutes : minutes;
}
