import type { Db } from "@/db/client";
import { saveImportFormat } from "@/db/queries/imports/import-formats";
import { runImport, type ImportSummary, type RunImportOptions } from "@/db/queries/imports/run-import";
import {
  ImportFileError,
  missingColumns,
  parseRows,
  peekStream,
  SAMPLE_BYTES,
  type CsvKind,
  type ImportFormat,
  type ParseProgress,
  type PresetId,
} from "@/lib/import";
import { AppFailure } from "@/lib/result";
import { readFileFormat } from "./read-file-format";
import { spoolUpload } from "./spool-upload";

export type ImportCsvInput = Omit<RunImportOptions, "batches" | "kind"> & {
  /** The file's bytes, read once: the first megabyte is peeked for detection, then replayed. */
  bytes: AsyncIterable<Uint8Array>;
  /** Size of the whole file when known (tells detection whether the sample is all of it). */
  totalBytes?: number;
  timeZone: string;
  kind?: CsvKind;
  /** Refuse a file whose header does not match this preset (the CLI's --preset). */
  preset?: PresetId;
  /** A corrected or saved format (the preview's JSON), not yet validated; wins over detection. */
  format?: unknown;
  /** Orders with no customer column at all (a till export): none is required, every order a guest's. */
  withoutCustomers?: boolean;
  onProgress?: (progress: ParseProgress) => void;
  /** The bytes arrive over the network: receive them whole into a temporary file in this folder
   * (spoolUpload) before the import's transaction opens, telling `onReceived` how many have arrived. */
  spoolDir?: string;
  onReceived?: (bytes: number) => void;
};

/** The one way a CSV file gets imported, for the upload, the HTTP API and the CLI: resolve its
 * format (explicit > saved for this header > detected), refuse it when required columns are not
 * read, stream it through the parser into one transaction on `db` (a connection of its own, see
 * runImport), and remember the format of a committed import for the next file with this header. */
export async function importCsv(db: Db, input: ImportCsvInput): Promise<ImportSummary & { format: ImportFormat }> {
  const { bytes, totalBytes, timeZone, kind, preset, format: explicit, withoutCustomers, onProgress, spoolDir, onReceived, ...run } = input;
  const { head, stream } = await peekStream(bytes, SAMPLE_BYTES);
  const { format, source, missing, detection } = readFileFormat(db, run.workspaceId, head, { totalBytes, kind, format: explicit, withoutCustomers });
  // Before the import's transaction opens: the refusal parseRows would give at the header.
  if (missing.length) throw new ImportFileError(missingColumns(missing, format.kind));
  if (preset && source !== "explicit" && detection.format.preset !== preset) {
    throw new AppFailure(
      "invalid_input",
      `The header does not look like the ${preset} preset (detected ${detection.format.preset ?? "no preset"}, kind ${detection.format.kind}).`,
    );
  }
  // A refusal at the header comes before the rest of the upload is waited for.
  const spooled = spoolDir ? await spoolUpload(stream, { dir: spoolDir, onReceived }) : null;
  // All of it is in: the bar starts again for the rows.
  if (spooled) onProgress?.({ bytesRead: 0, rowsRead: 0, lastLine: 0 });
  try {
    const rows = parseRows(spooled?.bytes ?? stream, { format, timeZone });
    const summary = await runImport(db, { ...run, kind: format.kind, batches: onProgress ? reportingProgress(rows, onProgress) : rows });
    if (summary.status === "committed") saveImportFormat(db, run.workspaceId, format);
    return { ...summary, format };
  } finally {
    await spooled?.dispose();
  }
}

async function* reportingProgress<T extends { progress: ParseProgress }>(batches: AsyncIterable<T>, report: (p: ParseProgress) => void): AsyncGenerator<T> {
  for await (const batch of batches) {
    report(batch.progress);
    yield batch;
  }
}

/** What the HTTP API and `import --json` answer: the summary without the format. */
export function importResult(s: ImportSummary) {
  return {
    importId: s.importId,
    kind: s.kind,
    status: s.status,
    rowsRead: s.rowsRead,
    inserted: s.inserted,
    updated: s.updated,
    unchanged: s.unchanged,
    rejected: s.rejected,
    guestOrders: s.guestOrders,
    setAside: s.setAside,
    rejectedByReason: s.rejectedByReason,
    currencyAdopted: s.currencyAdopted,
    errors: s.errors,
  };
}
