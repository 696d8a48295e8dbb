import type { NumberFormat } from "../format";
import { parseNumber } from "../converting/parse-number";

/** Decides a column's decimal separator from all its sample values. A value that reads only one way
 * ("2,55", "1,234.56") is a vote; one that reads both ways as different numbers ("1.234") is ambiguous.
 * With no votes the fallback is used and, if any value was ambiguous, marked assumed.
 * Null when the column is not numeric (fewer than `minShare` of its values read as numbers). */
export function detectNumberFormat(values: readonly string[], fallback: "." | ",", minShare = 0.95): NumberFormat | null {
  let point = 0;
  let comma = 0;
  let ambiguous = 0;
  const filled = values.map((v) => v.trim()).filter((v) => v !== "");
  if (filled.length === 0) return null;
  for (const v of filled) {
    const asPoint = parseNumber(v, ".");
    const asComma = parseNumber(v, ",");
    if (asPoint !== null && asComma === null) point++;
    else if (asComma !== null && asPoint === null) comma++;
    else if (asPoint !== null && asComma !== null && asPoint !== asComma) ambiguous++;
  }
  const decimal = point > comma ? "." : comma > point ? "," : fallback;
  const readable = filled.filter((v) => parseNumber(v, decimal) !== null).length;
  if (readable === 0 || readable < filled.length * minShare) return null;
  return { decimal, assumed: point === comma && ambiguous > 0 };
}
