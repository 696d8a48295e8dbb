import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { clearReportCache, loadReport, reportKey } from "@/db/queries/reports/load-report";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import { workspaceColumns } from "@/db/queries/workspaces/workspaces";
import { workspaces } from "@/db/schema";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { AppFailure } from "@/lib/result";
import { getTargetList } from "@/db/queries/customers/get-target-list";
import { buildReportSnapshot } from "@/db/queries/reports/build-report-snapshot";
import { targetQuerySchema } from "@/lib/customers/schemas";
import { isImportFileError } from "@/lib/import";
import { previewCsv } from "@/server/import/preview-csv";
import { getTargetOptions } from "@/db/queries/customers/get-target-options";
import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import { bumpDataVersion } from "@/db/queries/imports/bump-data-version";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { laneOf, loadReportOffThread, readCachedOffThread, readOffThread, workerFor } from "./load-report-off-thread";

const newDb = tempDbPerTest();
/** A new database holding the demo shop, and its workspace. */
function demoShop() {
  const { db } = newDb();
  resetWorkspaceToDemo(db, 1, { userId: null });
  return { db, workspace: db.select(workspaceColumns).from(workspaces).where(eq(workspaces.id, 1)).get()! };
}

// The server computes a view's first answer on a worker thread; the answer must be the one the request
// thread would have computed, and a refusal the same refusal.
describe("loadReportOffThread", () => {
  it("answers as loadReport does, keeps the answer on this thread, and refuses alike", async () => {
    const { db, workspace } = demoShop();
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

  it("answers a target list, a snapshot and a file's preview as the request thread would, and refuses alike", async () => {
    const { db, workspace } = demoShop();

    const q = targetQuerySchema.parse({ opp: "upgrade", family: "Nova X", tier: "1" });
    expect(await readOffThread(db, "targets", { workspace, q })).toEqual(getTargetList(db, workspace, q));
    const view = { workspace, page: "customers" as const, query: "from=2026-01-01&to=2026-06-30" };
    expect(await readOffThread(db, "snapshot", view)).toEqual(buildReportSnapshot(db, workspace, view.page, view.query));

    const file = new TextEncoder().encode('order_id,order_date,customer_id,sku,quantity,unit_price\nA-1,2026-10-01,C-1,SKU-1,2,"9,95"\n');
    const input = { workspaceId: workspace.id, timeZone: workspace.timezone, sample: file };
    expect(await readOffThread(db, "preview", input)).toEqual(await previewCsv(db, input));

    // A refusal of the file is the same refusal, recognised as one here.
    const wide = new TextEncoder().encode(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(",")}\n`);
    const here = await previewCsv(db, { ...input, sample: wide }).catch((e: unknown) => e);
    const there = await readOffThread(db, "preview", { ...input, sample: wide }).catch((e: unknown) => e);
    expect(isImportFileError(here)).toBe(true);
    expect(isImportFileError(there)).toBe(true);
    expect((there as Error).message).toBe((here as Error).message);
    await expect(
      readOffThread(db, "targets", { workspace, q: targetQuerySchema.parse({ opp: "upgrade", family: "No such family", tier: "1" }) }),
    ).rejects.toBeInstanceOf(AppFailure);
  }, 120_000);

  it("answers the target pickers and the API's KPI document as the request thread would, kept until the data change", async () => {
    const { db, workspace } = demoShop();
    const now = Date.parse("2026-12-06T12:00:00Z");
    clearReportCache();
    const options = await readCachedOffThread(db, workspace, "target-options", { workspaceId: workspace.id }, {}, now);
    expect(options).toEqual(getTargetOptions(db, workspace.id));
    expect(options.products.length).toBeGreaterThan(0);
    // Kept: the same object, without the worker; a change to the data computes it again.
    expect(await readCachedOffThread(db, workspace, "target-options", { workspaceId: workspace.id }, {}, now)).toBe(options);
    bumpDataVersion(db, workspace.id);
    const again = await readCachedOffThread(db, workspace, "target-options", { workspaceId: workspace.id }, {}, now);
    expect(again).not.toBe(options);
    expect(again).toEqual(options);

    const q = kpiQuerySchema.parse({ from: "2026-01-01", to: "2026-06-30", segment: "region=Utrecht", channel: "web" });
    expect(await readCachedOffThread(db, workspace, "kpis", { workspace, q, now }, q, now)).toEqual(getKpiReport(db, workspace, q, now));
    const bad = kpiQuerySchema.parse({ segment: "no_such_key=x" });
    await expect(readCachedOffThread(db, workspace, "kpis", { workspace, q: bad, now }, bad, now)).rejects.toMatchObject({ code: "invalid_input" });
  }, 120_000);

  it("answers a preview while a CLV fit is under way: the fits have a worker of their own", async () => {
    const { db, workspace } = demoShop();
    expect(laneOf("report", { workspace, kind: "customers/predicted", input: {}, now: 0 })).toBe("model");
    expect(laneOf("targets", { workspace, q: targetQuerySchema.parse({ opp: "upgrade", family: "Nova X", tier: "1" }) })).toBe("model");
    expect(laneOf("report", { workspace, kind: "overview", input: {}, now: 0 })).toBe("views");

    const done: string[] = [];
    const fit = readOffThread(db, "report", {
      workspace,
      kind: "customers/predicted",
      input: REPORT_SOURCES["customers/predicted"].schema.parse({}),
      now: 1,
    }).then(() => done.push("fit"));
    const file = new TextEncoder().encode("order_id,order_date,customer_id,sku,quantity,unit_price\nA-1,2026-10-01,C-1,SKU-1,2,9.95\n");
    const preview = readOffThread(db, "preview", { workspaceId: workspace.id, timeZone: workspace.timezone, sample: file }).then(() => done.push("preview"));
    await Promise.all([fit, preview]);
    // On one worker the preview would wait for the fit (seconds on the demo); here it is answered first.
    expect(done).toEqual(["preview", "fit"]);
  }, 120_000);

  it("sends a view that would queue to the idle model worker, and never a fit to the views worker", () => {
    // Nothing in flight: each read to its own worker.
    expect(workerFor("views", { views: 0, model: 0 })).toBe("views");
    expect(workerFor("views", {})).toBe("views");
    // The views worker is busy: the idle model worker answers (the second core), not a busy one.
    expect(workerFor("views", { views: 1, model: 0 })).toBe("model");
    expect(workerFor("views", { views: 3, model: 1 })).toBe("views");
    // A model worker of another database file counts as busy: a view never replaces it.
    expect(workerFor("views", { views: 2, model: Number.POSITIVE_INFINITY })).toBe("views");
    // Not started: started for the views only once two are waiting (starting costs more than one answer).
    expect(workerFor("views", { views: 1 })).toBe("views");
    expect(workerFor("views", { views: 2 })).toBe("model");
    // Fits stay on theirs, however busy it is and however idle the views worker.
    expect(workerFor("model", { views: 0, model: 5 })).toBe("model");
    expect(workerFor("model", {})).toBe("model");
  });

  it("answers views asked together on both workers, each as loadReport does", async () => {
    const { db, workspace } = demoShop();
    const now = Date.parse("2026-12-06T12:00:00Z");
    clearReportCache();
    const queries = ["region=Utrecht", "region=Noord-Holland", "region=Zeeland", "gender=female"].map((segment) =>
      REPORT_SOURCES.overview.schema.parse({ from: "2026-01-01", to: "2026-06-30", segment }),
    );
    // The model worker of this database, started by a CLV read and idle again.
    await readOffThread(db, "targets", { workspace, q: targetQuerySchema.parse({ opp: "upgrade", family: "Nova X", tier: "1" }) });
    const workers = (globalThis as { liftboardReportWorkers?: Record<string, { databasePath: string; nextId: number }> }).liftboardReportWorkers!;
    const asked = workers.model.nextId;
    // Asked at once: while one is computed on a busy worker, the idle one takes the next.
    const answers = await Promise.all(queries.map((q) => loadReportOffThread(db, workspace, "overview", q, now)));
    expect(workers.model.databasePath).toBe(db.$client.name);
    expect(workers.model.nextId).toBeGreaterThan(asked);
    clearReportCache();
    queries.forEach((q, i) => expect(answers[i]).toEqual(loadReport(db, workspace, "overview", q, now)));
  }, 120_000);
});
