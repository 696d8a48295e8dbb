import type { Db } from "@/db/client";
import { findImportFormat } from "@/db/queries/imports/import-formats";
import { detectFormat, importFormatSchema, resolveFormat, type CsvKind, type FormatDetection, type ImportFormat, type ResolvedFormat } from "@/lib/import";
import { AppFailure } from "@/lib/result";

/** How a file will be read, from its first megabyte: detectFormat, then resolveFormat with the
 * caller's format (validated) and the one this workspace saved for the file's header. The same for
 * the preview and the import, so the preview shows what the import does. */
export function readFileFormat(
  db: Db,
  workspaceId: number,
  head: Uint8Array,
  o: { totalBytes?: number; kind?: CsvKind; format?: unknown; withoutCustomers?: boolean },
): ResolvedFormat & { detection: FormatDetection } {
  const explicit = o.format === undefined ? undefined : parseFormatInput(o.format);
  const detection = detectFormat(head, { totalBytes: o.totalBytes, kind: o.kind });
  const saved = explicit ? null : findImportFormat(db, workspaceId, detection.format.headerSignature);
  return { ...resolveFormat(detection, saved, explicit, { withoutCustomers: o.withoutCustomers }), detection };
}

/** A format given by the caller (the preview's correction as JSON, a --mapping file), validated. */
function parseFormatInput(raw: unknown): ImportFormat {
  const parsed = importFormatSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure("invalid_input", `The format is not valid at ${issue.path.join(".") || "its top level"}: ${issue.message}.`);
  }
  return parsed.data;
}
