import type { Db } from "../../client";
import { savedReports } from "../../schema";
import type { ReportPage } from "@/lib/schemas/share";
import { normalizeReportQuery } from "@/lib/share/normalize-report-query";
import type { SavedReport } from "./get-saved-report";

export type NewSavedReport = { workspaceId: number; name: string; page: ReportPage; query: string; createdBy: string | null };

/** Saves a view; the query is normalised here too, so callers that skip the zod schema (the
 * CLI, tests) store the same canonical text. */
export function createSavedReport(db: Db, input: NewSavedReport, now = new Date()): SavedReport {
  return db
    .insert(savedReports)
    .values({ ...input, query: normalizeReportQuery(input.query), createdAt: now })
    .returning()
    .get();
}
