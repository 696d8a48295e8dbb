import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Db } from "@/db/client";
import type { ImportSummary } from "@/db/queries/imports/run-import";
import type { ImportFormat } from "@/lib/import";
import { importCsv, type ImportCsvInput } from "./import-csv";

export type ImportFileOptions = Omit<ImportCsvInput, "bytes" | "totalBytes"> & { path: string };

/** importCsv for a file on disk (the CLI and the benchmarks). */
export async function importFile(db: Db, { path, ...o }: ImportFileOptions): Promise<ImportSummary & { format: ImportFormat }> {
  const { size } = await stat(path);
  return importCsv(db, { ...o, bytes: createReadStream(path, { highWaterMark: 1 << 20 }), totalBytes: size });
}
