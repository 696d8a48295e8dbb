import { createReadStream } from "node:fs";
import type { Db } from "../../db/client";
import { detectFormat, importFormatSchema, parseRows, type CsvKind, type ImportFormat, type PresetId } from "@/lib/import";
import { readSample } from "@/server/import/read-sample";
import { AppFailure } from "@/lib/result";
import { runImport, type ImportSummary, type RunImportOptions } from "../../db/queries/imports/run-import";

export type ImportFileOptions = Omit<RunImportOptions, "batches" | "kind"> & {
  path: string;
  timeZone: string;
  kind?: CsvKind;
  preset?: PresetId;
  /** A saved or corrected format (the preview's JSON); wins over detection. */
  format?: unknown;
};

/** Detects (or takes) the file's format, streams it through the parser and writes it in one
 * transaction: the path shared by the CLI, the upload and the HTTP API. */
export async function importFile(db: Db, o: ImportFileOptions): Promise<ImportSummary & { format: ImportFormat }> {
  const format = o.format === undefined ? await detect(o) : parseFormat(o.format);
  const summary = await runImport(db, {
    ...o,
    kind: format.kind,
    batches: parseRows(createReadStream(o.path, { highWaterMark: 1 << 20 }), { format, timeZone: o.timeZone }),
  });
  return { ...summary, format };
}

async function detect(o: ImportFileOptions): Promise<ImportFormat> {
  const { sample, totalBytes } = await readSample(o.path);
  const detection = detectFormat(sample, { totalBytes, kind: o.kind });
  if (detection.missingRequired.length) {
    const m = detection.missingRequired[0];
    throw new AppFailure("invalid_input", `Missing required column ${m.label}${m.suggestion ? ` (did you mean "${m.suggestion}"?)` : ""}. Rename the column or pass a mapping with --mapping.`);
  }
  if (o.preset && detection.format.preset !== o.preset) {
    throw new AppFailure("invalid_input", `The header does not look like the ${o.preset} preset (detected ${detection.format.preset ?? "no preset"}, kind ${detection.format.kind}).`);
  }
  return detection.format;
}

function parseFormat(raw: unknown): ImportFormat {
  const parsed = importFormatSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure("invalid_input", `The mapping file is not valid at ${issue.path.join(".") || "its top level"}: ${issue.message}.`);
  }
  return parsed.data;
}
