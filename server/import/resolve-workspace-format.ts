import type { Db } from "@/db/client";
import { findImportFormat } from "@/db/queries/imports/import-formats";
import { importFormatSchema, resolveFormat, type FormatDetection, type ImportFormat, type ResolvedFormat } from "@/lib/import";
import { AppFailure } from "@/lib/result";

/** resolveFormat with the format this workspace saved for the file's header. */
export function resolveWorkspaceFormat(db: Db, workspaceId: number, detection: FormatDetection, explicit?: ImportFormat): ResolvedFormat {
  const saved = explicit ? null : findImportFormat(db, workspaceId, detection.format.headerSignature);
  return resolveFormat(detection, saved, explicit);
}

/** A format given by the caller (the preview's correction as JSON, a --mapping file), validated. */
export function parseFormatInput(raw: unknown): ImportFormat {
  const parsed = importFormatSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure("invalid_input", `The format is not valid at ${issue.path.join(".") || "its top level"}: ${issue.message}.`);
  }
  return parsed.data;
}
