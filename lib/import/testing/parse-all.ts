import { detectFormat } from "../detecting/detect-format";
import type { FormatDetection } from "../format-detection";
import type { ImportFormat } from "../format";
import type { CsvKind } from "../kinds";
import { parseRows, type ParseOptions } from "../parse-rows";
import type { RecordOf, RowBatch, RowRejection } from "../row-batch";

/** Test helper: bytes or text as an upload arriving in chunks of `size` bytes. */
export async function* chunksOf(bytes: Uint8Array, size = 65536): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

export interface ParseAllOptions<K extends CsvKind> extends Partial<Omit<ParseOptions, "format">> {
  kind?: K;
  chunkSize?: number;
  /** Correct the detected format before parsing, as a user would in the preview. */
  adjust?: (format: ImportFormat, detection: FormatDetection) => ImportFormat;
}

/** Test helper: detectFormat on the first MB, then parseRows over the whole input, collected. */
export async function parseAll<K extends CsvKind = CsvKind>(
  input: string | Uint8Array,
  options: ParseAllOptions<K> = {},
): Promise<{ detection: FormatDetection; records: RecordOf<K>[]; rejections: RowRejection[]; batches: RowBatch[] }> {
  const bytes = typeof input === "string" ? bytesOf(input) : input;
  const detection = detectFormat(bytes.subarray(0, 1024 * 1024), { totalBytes: bytes.length, kind: options.kind });
  const format = options.adjust ? options.adjust(detection.format, detection) : detection.format;
  const batches: RowBatch[] = [];
  const records: RecordOf<K>[] = [];
  const rejections: RowRejection[] = [];
  for await (const batch of parseRows(chunksOf(bytes, options.chunkSize), { timeZone: "Europe/Amsterdam", now: Date.UTC(2025, 5, 1), ...options, format })) {
    batches.push(batch);
    records.push(...(batch.records as RecordOf<K>[]));
    rejections.push(...batch.rejections);
  }
  return { detection, records, rejections, batches };
}

/** Rejections as most tests compare them: where and why (their `cells` are asserted on their own). */
export const withoutCells = (rs: RowRejection[]) => rs.map(({ line, column, value, message }) => ({ line, column, value, message }));
