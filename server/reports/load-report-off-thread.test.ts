import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { clearReportCache, loadReport, reportKey } from "@/db/queries/reports/load-report";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import { workspaceColumns } from "@/db/queries/workspaces/workspaces";
import { workspaces } from "@/db/schema";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { AppFailure } from "@/lib/result";
import { loadReportOffThread } from "./load-report-off-thread";

const newDb = tempDbPerTest();

// The server computes a view's first answer on a worker thread; the answer must be the one the request
// thread would have computed, and a refusal the same refusal.
describe("loadReportOffThread", () => {
  it("answers as loadReport does, keeps the answer on this thread, and refuses alike", async () => {
    const { db } = newDb();
    resetWorkspaceToDemo(db, 1, { userId: null });
    const workspace = db.select(workspaceColumns).from(workspaces).where(eq(workspaces.id, 1)).get()!;
    const now = Date.parse("2026-12-06T12:00:00Z");
    clearReportCache();
    for (const [kind, query] of [
      ["overview", { from: "2026-06-01", to: "2026-08-31", segment: "region=Utrecht" }],
      ["customers/predicted", {}],
      ["products", { minSupport: "0.002" }],
    ] as const) {
      const input = REPORT_SOURCES[kind].schema.parse(query);
      const fromWorker = await loadReportOffThread(db, workspace, kind, input, now);
      // Kept here: the next request is answered from this thread's cache, without the worker.
      expect(await loadReportOffThread(db, workspace, kind, input, now)).toBe(fromWorker);
      expect(loadReport(db, workspace, kind, input, now)).toBe(fromWorker);
      clearReportCache();
      expect(fromWorker, kind).toEqual(loadReport(db, workspace, kind, input, now));
      expect(reportKey(db, workspace, kind, input, now)).toContain(kind);
    }

    const bad = loadReportOffThread(db, workspace, "overview", REPORT_SOURCES.overview.schema.parse({ segment: "no_such_key=x" }), now);
    await expect(bad).rejects.toBeInstanceOf(AppFailure);
    await expect(bad).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining('No segment "no_such_key" in this workspace') });
  }, 120_000);
});
