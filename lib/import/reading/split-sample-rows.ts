import Papa from "papaparse";
import type { Delimiter } from "../format";

export interface SampleRows {
  rows: string[][];
  /** The sample ends inside a quoted value. */
  openQuote: boolean;
}

/** Rows of a decoded sample (blank lines dropped). When the sample is only the start of the file, its
 * last, possibly cut-off row is left out. */
export function splitSampleRows(text: string, delimiter: Delimiter, complete: boolean, maxRows = Infinity): SampleRows {
  const newline = text.includes("\n") || !text.includes("\r") ? "\n" : "\r";
  const result = new Papa.Parser({ delimiter, newline, quoteChar: '"', preview: Number.isFinite(maxRows) ? maxRows + 1 : 0 }).parse(text, 0, !complete) as {
    data: string[][];
    errors: { code: string }[];
  };
  const rows: string[][] = [];
  for (const fields of result.data) {
    const last = fields.length - 1;
    if (newline === "\n" && fields[last].endsWith("\r")) fields[last] = fields[last].slice(0, -1);
    if (fields.some((f) => f.trim() !== "")) rows.push(fields);
    if (rows.length >= maxRows) break;
  }
  return { rows, openQuote: result.errors.some((e) => e.code === "MissingQuotes") };
}
