import Papa from "papaparse";
import { createDecoder } from "./create-decoder";
import { detectBinary } from "../detecting/detect-binary";
import { ImportFileError } from "../file-error";
import { binaryFile, fieldTooLarge, fileTooLarge, unterminatedQuote } from "../file-problems";
import type { Delimiter, Encoding } from "../format";

export const DEFAULT_MAX_FIELD_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;
// papaparse is fastest on pieces of this size (1 MB pieces were measured slower).
const PIECE_CHARS = 64 * 1024;
const HEAD_BYTES = 4096;

export interface RawRow {
  /** Physical 1-based line where the row starts (a quoted line break makes a row span lines). */
  line: number;
  /** Last physical line of the row (equal to `line` unless a value holds a line break). */
  endLine: number;
  fields: string[];
  /** Columns an order grouper filled from the order's first row (empty in the file itself). */
  carried?: number[];
  /** papaparse found a quote inside a quoted value that was not doubled. */
  badQuote: boolean;
}

export interface RawRowBatch {
  rows: RawRow[];
  bytesRead: number;
}

export interface ReadCsvOptions {
  encoding: Encoding;
  delimiter: Delimiter;
  maxFieldBytes?: number;
  maxFileBytes?: number;
}

interface PapaResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/** Splits a byte stream into CSV rows without holding more than one row beyond the current piece:
 * papaparse parses each piece and hands back where the last complete row ends. Blank lines are
 * skipped (but counted). Throws ImportFileError for binary input, a file over the size limit, a value
 * over the field limit, or a quote still open at the end of the file. */
export async function* readCsvRows(chunks: AsyncIterable<Uint8Array>, options: ReadCsvOptions): AsyncGenerator<RawRowBatch> {
  const maxField = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const decode = createDecoder(options.encoding);
  let newline: "\n" | "\r" | null = null;
  let header: string[] | null = null;
  let rest = "";
  let line = 1;
  let bytesRead = 0;

  const parse = (input: string, final: boolean): RawRow[] => {
    newline ??= input.includes("\n") || !input.includes("\r") ? "\n" : "\r";
    const result = new Papa.Parser({ delimiter: options.delimiter, newline, quoteChar: '"' }).parse(input, 0, !final) as PapaResult;
    const unterminated = final && result.errors.some((e) => e.code === "MissingQuotes");
    if (unterminated) {
      const partial = result.data[result.data.length - 1] ?? [];
      const startLine = line + countLines(result.data.slice(0, -1), newline);
      throw new ImportFileError(unterminatedQuote(startLine, header?.[partial.length - 1] ?? null));
    }
    const badRows = new Set(result.errors.filter((e) => e.code === "InvalidQuotes").map((e) => e.row));
    const rows: RawRow[] = [];
    const consumed = final ? input.length : result.meta.cursor;
    // Fast path: as many line breaks as rows means no row spans lines.
    const simple = countChar(input, newline, consumed) === result.data.length - (final ? 1 : 0);
    result.data.forEach((fields, i) => {
      const start = line;
      line += simple ? 1 : countLines([fields], newline as string);
      const last = fields.length - 1;
      if (newline === "\n" && fields[last].endsWith("\r")) fields[last] = fields[last].slice(0, -1);
      if (fields.every((f) => f.trim() === "")) return; // blank line, or only separators
      rows.push({ line: start, endLine: line - 1, fields, badQuote: badRows.has(i) });
      header ??= fields;
    });
    rest = final ? "" : input.slice(result.meta.cursor);
    return rows;
  };

  // The first bytes are checked before any row is read: an .xlsx must not yield rows of garbage.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let checked = false;
  async function* pieces(chunk: Uint8Array): AsyncGenerator<RawRowBatch> {
    bytesRead += chunk.length;
    if (bytesRead > maxFile) throw new ImportFileError(fileTooLarge(maxFile));
    const text = decode(chunk);
    for (let at = 0; at < text.length; at += PIECE_CHARS) {
      const rows = parse(rest + text.slice(at, at + PIECE_CHARS), false);
      if (rest.length > maxField) throw tooLarge(rest, line, options.delimiter, header, maxField);
      if (rows.length > 0) yield { rows, bytesRead };
    }
  }
  async function* release(): AsyncGenerator<RawRowBatch> {
    checked = true;
    const bytes = concat(head);
    const binary = detectBinary(bytes);
    if (binary) throw new ImportFileError(binaryFile(binary));
    yield* pieces(bytes);
  }

  for await (const chunk of chunks) {
    if (checked) {
      yield* pieces(chunk);
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes >= HEAD_BYTES) yield* release();
  }
  if (!checked) yield* release();
  const tail = rest + decode(new Uint8Array(0), true);
  const rows = tail.length > 0 ? parse(tail, true) : [];
  yield { rows, bytesRead };
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function countChar(s: string, c: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1 && i < end; i = s.indexOf(c, i + 1)) n++;
  return n;
}

// A row takes one line plus one for every line break inside its (quoted) values.
function countLines(rows: string[][], newline: string): number {
  let n = 0;
  for (const fields of rows) {
    n++;
    for (const f of fields) n += countChar(f, newline, f.length);
  }
  return n;
}

function tooLarge(rest: string, line: number, delimiter: Delimiter, header: string[] | null, limit: number): ImportFileError {
  const result = new Papa.Parser({ delimiter, newline: "\n", quoteChar: '"' }).parse(rest, 0, false) as PapaResult;
  const partial = result.data[0] ?? [];
  const column = header?.[Math.max(0, partial.length - 1)] ?? null;
  const quoted = result.errors.some((e) => e.code === "MissingQuotes");
  return new ImportFileError(fieldTooLarge(line, column, limit, quoted));
}
