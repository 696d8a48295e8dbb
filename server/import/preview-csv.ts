import { Readable } from "node:stream";
import type { Db } from "@/db/client";
import {
  isImportFileError,
  parseRows,
  SAMPLE_BYTES,
  type CsvKind,
  type FileProblem,
  type FormatDetection,
  type ImportFormat,
  type RowBatch,
} from "@/lib/import";
import { readFileFormat } from "./read-file-format";

export type CsvPreview = {
  detection: FormatDetection;
  format: ImportFormat;
  savedFormat: boolean;
  /** `setAside`: rows of the sample that are no record and no error (a tip, a postage line), by reason. */
  rows: { records: RowBatch["records"][number][]; rejections: RowBatch["rejections"]; setAside: Record<string, number> };
  problem: FileProblem | null;
};

/** The first megabyte of a file read the way importCsv will read it (the same format resolution),
 * with its first 20 rows. */
export async function previewCsv(
  db: Db,
  input: { workspaceId: number; timeZone: string; sample: Uint8Array; totalBytes?: number; kind?: CsvKind; format?: unknown },
): Promise<CsvPreview> {
  const sample = input.sample.subarray(0, SAMPLE_BYTES);
  const { format, source, detection } = readFileFormat(db, input.workspaceId, sample, input);
  const rows: CsvPreview["rows"] = { records: [], rejections: [], setAside: {} };
  // The sample may end mid-row: parse only whole lines of it.
  const whole = input.totalBytes && sample.length < input.totalBytes ? sample.subarray(0, sample.lastIndexOf(10) + 1) : sample;
  try {
    for await (const batch of parseRows(Readable.from([whole]), { format, timeZone: input.timeZone, batchSize: 20 })) {
      rows.records.push(...batch.records);
      rows.rejections.push(...batch.rejections);
      for (const [reason, n] of Object.entries(batch.setAside ?? {})) rows.setAside[reason] = (rows.setAside[reason] ?? 0) + n;
      if (rows.records.length + rows.rejections.length >= 20) break;
    }
  } catch (e) {
    if (!isImportFileError(e)) throw e;
    return { detection, format, savedFormat: source === "saved", rows, problem: e.problem };
  }
  return { detection, format, savedFormat: source === "saved", rows, problem: null };
}
