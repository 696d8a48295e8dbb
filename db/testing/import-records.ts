import type { RowBatch } from "@/lib/import";
import type { Db } from "../client";
import { runImport, type ImportSummary, type RunImportOptions } from "../queries/imports/run-import";

/** Imports records as one parsed batch through the real import path (workspace 1, from the CLI), for tests. */
export function importRecords<K extends RowBatch["kind"]>(
  db: Db,
  kind: K,
  records: RowBatch["records"],
  extra: Partial<RunImportOptions> = {},
): Promise<ImportSummary> {
  async function* one(): AsyncGenerator<RowBatch> {
    yield { kind, records, rejections: [], progress: { bytesRead: 0, rowsRead: records.length, lastLine: records.length + 1 } } as RowBatch;
  }
  return runImport(db, { workspaceId: 1, userId: null, source: "cli", fileName: `${kind}.csv`, kind, batches: one(), ...extra });
}
