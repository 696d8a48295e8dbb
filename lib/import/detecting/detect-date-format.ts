import type { DateFormat, Delimiter } from "../format";
import { splitDate, type DateParts } from "../converting/split-date";

/** Decides a column's day/month order from all its sample values: a first part over 12 means
 * day first, a second part over 12 month first. When no value tells, day first for "-" and "." dates
 * and in ";"-separated files (European), month first otherwise (US "/"), marked assumed.
 * Null when the column is not a date column (fewer than `minShare` of its values have a date shape). */
export function detectDateFormat(values: readonly string[], delimiter: Delimiter, minShare = 0.95): DateFormat | null {
  const filled = values.map((v) => v.trim()).filter((v) => v !== "");
  if (filled.length === 0) return null;
  const shapes = filled.map(splitDate).filter((p): p is DateParts => p !== null);
  if (shapes.length === 0 || shapes.length < filled.length * minShare) return null;
  const hasTime = shapes.filter((p) => p.hasTime).length * 2 >= shapes.length;
  const dayMonth = shapes.filter((p) => !p.yearFirst);
  if (dayMonth.length === 0) return { order: "ymd", separator: mostCommon(shapes), hasTime, assumed: false };
  const separator = mostCommon(dayMonth);
  const firstOver12 = dayMonth.filter((p) => p.parts[0] > 12).length;
  const secondOver12 = dayMonth.filter((p) => p.parts[1] > 12).length;
  if (firstOver12 > 0 || secondOver12 > 0) {
    // Both happening means a mixed column: the majority wins and the rest become row errors.
    return { order: firstOver12 >= secondOver12 ? "dmy" : "mdy", separator, hasTime, assumed: firstOver12 > 0 && secondOver12 > 0 };
  }
  const dayFirst = separator !== "/" || delimiter === ";";
  return { order: dayFirst ? "dmy" : "mdy", separator, hasTime, assumed: true };
}

function mostCommon(shapes: DateParts[]): DateParts["separator"] {
  const counts = new Map<DateParts["separator"], number>();
  for (const p of shapes) counts.set(p.separator, (counts.get(p.separator) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
