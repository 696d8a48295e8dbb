import { and, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { importFormats } from "../../schema";
import { importFormatSchema, type ImportFormat } from "@/lib/import";

/** Remembers the format used for a header (after a committed import). */
export function saveImportFormat(db: Db, workspaceId: number, format: ImportFormat): void {
  db.insert(importFormats)
    .values({ workspaceId, headerSignature: format.headerSignature, format, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [importFormats.workspaceId, importFormats.headerSignature], set: { format, updatedAt: new Date() } })
    .run();
}

/** The format saved for this header, if any (and still valid). */
export function findImportFormat(db: Db, workspaceId: number, headerSignature: string): ImportFormat | null {
  const row = db
    .select({ format: importFormats.format })
    .from(importFormats)
    .where(and(eq(importFormats.workspaceId, workspaceId), eq(importFormats.headerSignature, headerSignature)))
    .get();
  const parsed = row ? importFormatSchema.safeParse(row.format) : null;
  return parsed?.success ? parsed.data : null;
}
