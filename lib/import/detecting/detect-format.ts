import { createDecoder } from "../reading/create-decoder";
import { detectBinary } from "./detect-binary";
import { detectDateFormat } from "./detect-date-format";
import { detectDelimiter } from "./detect-delimiter";
import { detectEncoding } from "./detect-encoding";
import { detectKind } from "./detect-kind";
import { detectNumberFormat } from "./detect-number-format";
import { ImportFileError } from "../file-error";
import { binaryFile, emptyFile, fileTooLarge, headerOnly, MAX_COLUMNS, missingColumns, tooManyColumns, unterminatedQuote } from "../file-problems";
import type { DateFormat, ImportFormat, NumberFormat } from "../format";
import en from "@/messages/en.json";
import type { FormatDetection } from "../format-detection";
import { KIND_SPECS } from "../fields";
import { headerSignature } from "./header-signature";
import type { CsvKind } from "../kinds";
import { parseNumber } from "../converting/parse-number";
import { planColumns } from "./plan-columns";
import { PRESETS } from "../presets";
import { DEFAULT_MAX_FILE_BYTES } from "../reading/read-csv-rows";
import { splitSampleRows } from "../reading/split-sample-rows";

export const SAMPLE_BYTES = 1024 * 1024;

export interface DetectOptions {
  /** Size of the whole upload; tells whether the sample is the whole file. */
  totalBytes?: number;
  maxFileBytes?: number;
  /** The kind the user chose, if any. */
  kind?: CsvKind;
}

/** Reads the first ~1 MB of an upload and proposes how to parse it: encoding, delimiter, kind or
 * preset, column mapping and per-column number and date formats. Throws ImportFileError when the
 * file cannot be a CSV at all (empty, binary, header only, quote never closed, too large); missing
 * columns are reported in `missingRequired` and `problems`, as the user can still map them. */
export function detectFormat(sample: Uint8Array, options: DetectOptions = {}): FormatDetection {
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (options.totalBytes !== undefined && options.totalBytes > maxFile) throw new ImportFileError(fileTooLarge(maxFile));
  const binary = detectBinary(sample);
  if (binary) throw new ImportFileError(binaryFile(binary));
  const complete = options.totalBytes !== undefined ? sample.length >= options.totalBytes : sample.length < SAMPLE_BYTES;
  const { encoding, bom } = detectEncoding(sample);
  const text = createDecoder(encoding)(sample, complete);
  if (text.trim() === "") throw new ImportFileError(emptyFile());
  const delimiter = detectDelimiter(text);
  const { rows, openQuote } = splitSampleRows(text, delimiter, complete);
  if (complete && openQuote) throw new ImportFileError(unterminatedQuote(text.slice(0, quoteStart(text)).split("\n").length, null));
  const [headers = [], ...data] = rows;
  // Before any per-column work: a header this wide is no export, and matching it would take minutes.
  if (headers.length > MAX_COLUMNS) throw new ImportFileError(tooManyColumns(headers.length));
  // A first line longer than the whole sample: as many fields as the sample holds, at least.
  const cut = rows.length === 0 && !complete ? text.split(delimiter).length : 0;
  if (cut > MAX_COLUMNS) throw new ImportFileError(tooManyColumns(cut - 1, true));
  if (data.length === 0 && complete) throw new ImportFileError(headerOnly());

  const candidates = detectKind(headers, options.kind);
  const chosen = candidates[0];
  const column = (i: number) => data.map((r) => r[i] ?? "");
  // A column mapped to a number or date field gets a format even when some of its values are junk
  // (they become row errors); other columns only when they look numeric or dated.
  const spec = KIND_SPECS[chosen.kind];
  const typeOf = new Map(Object.entries(chosen.columns).map(([field, i]) => [i, spec.fields[field]?.type]));
  const numberFormats: Record<string, NumberFormat> = {};
  const dateFormats: Record<string, DateFormat> = {};
  headers.forEach((h, i) => {
    if (h in numberFormats || h in dateFormats) return; // a repeated header: the first one counts
    const type = typeOf.get(i);
    const dated = type === "date" || type === "datetime";
    const numeric = type === "number" || type === "integer";
    const date = numeric ? null : detectDateFormat(column(i), delimiter, dated ? 0 : 0.95);
    const number = date || dated ? null : detectNumberFormat(column(i), delimiter === ";" ? "," : ".", numeric ? 0 : 0.95);
    if (date) dateFormats[h] = date;
    if (number) numberFormats[h] = number;
  });
  const columns = Object.fromEntries(Object.entries(chosen.columns).map(([field, i]) => [field, headers[i]]));
  const format: ImportFormat = {
    version: 1,
    headerSignature: headerSignature(headers),
    encoding,
    delimiter,
    kind: chosen.kind,
    preset: chosen.preset,
    columns,
    numberFormats,
    dateFormats,
    ratingScale:
      chosen.kind === "feedback" && "rating" in chosen.columns
        ? detectRatingScale(column(chosen.columns.rating), numberFormats[headers[chosen.columns.rating]])
        : null,
  };
  const plan = planColumns(format, headers);
  return {
    format,
    bom,
    headers,
    confidence: chosen.confidence,
    candidates: candidates.map(({ kind, preset, confidence }) => ({ kind, preset, confidence })),
    mapping: Object.entries(plan.columns).map(([field, c]) => ({ field, column: c.index, header: c.header })),
    unmappedColumns: plan.unmapped.map(({ index, header }) => ({ column: index, header })),
    droppedColumns: plan.dropped.map(({ index, header, reason }) => ({ column: index, header, reason })),
    attributeColumns: plan.attributes.map(({ index, header }) => ({ column: index, header })),
    missingRequired: plan.missing,
    problems: plan.missing.length > 0 ? [missingColumns(plan.missing, format.kind)] : [],
    notes: chosen.preset ? presetNotes(chosen.preset) : [],
    sampleRows: data.slice(0, 20),
    sampleRowCount: data.length,
  };
}

/** A preset's notes in English, for the API and the CLI (the pages show them in the reader's language). */
function presetNotes(preset: keyof typeof PRESETS): string[] {
  const texts: Record<string, Record<string, string>> = en.imports.presetNotes;
  return PRESETS[preset].notes.map((id) => texts[preset][id]);
}

/** 0-10 if any rating is 0 or above 5, else 1-5 (decided per file, from the sample). */
export function detectRatingScale(values: readonly string[], format: NumberFormat | undefined): 5 | 10 {
  const ratings = values.map((v) => parseNumber(v, format?.decimal ?? ".")).filter((n): n is number => n !== null);
  return ratings.some((n) => n === 0 || n > 5) ? 10 : 5;
}

// Where the quote left open at the end starts: after an even number of quotes, the next one.
function quoteStart(text: string): number {
  let open = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) open = open === -1 ? i : -1;
  return open === -1 ? text.length : open;
}
