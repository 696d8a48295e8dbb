import type { Db } from "@/db/client";
import { getTargetList } from "@/db/queries/customers/get-target-list";
import { getTargetOptions } from "@/db/queries/customers/get-target-options";
import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import type { KpiQuery } from "@/lib/kpi/filters";
import { buildReportSnapshot } from "@/db/queries/reports/build-report-snapshot";
import { loadReport } from "@/db/queries/reports/load-report";
import type { Workspace } from "@/db/queries/workspaces/workspaces";
import type { TargetQuery } from "@/lib/customers/schemas";
import type { ReportPage } from "@/lib/schemas/share";
import type { ReportKind } from "@/lib/share/report-kinds";
import { previewCsv } from "../preview-csv";

/**
 * What the request thread asks a report worker (server/reports/load-report-off-thread.ts): reads long
 * enough that on the request thread they would hold up every other request. Those that fit a CLV model (a target list, the predicted-value view, a snapshot of the customers
 * page) go to one worker and share its fit; the rest to another, or to the first while it is idle
 * (load-report-off-thread.ts).
 */
export const READS = {
  report: (db: Db, a: { workspace: Workspace; kind: ReportKind; input: unknown; now: number }) => loadReport(db, a.workspace, a.kind, a.input, a.now),
  targets: (db: Db, a: { workspace: Workspace; q: TargetQuery }) => getTargetList(db, a.workspace, a.q),
  // Every product's buyers and re-buyers: one pass over all order lines.
  "target-options": (db: Db, a: { workspaceId: number }) => getTargetOptions(db, a.workspaceId),
  // The KPI document of the API (as `kpis --json`): a filtered one reads the view's orders.
  kpis: (db: Db, a: { workspace: Workspace; q: KpiQuery; now: number }) => getKpiReport(db, a.workspace, a.q, a.now),
  snapshot: (db: Db, a: { workspace: Workspace; page: ReportPage; query: string }) => buildReportSnapshot(db, a.workspace, a.page, a.query),
  // Detecting a file's format reads up to its first megabyte; a wide header makes that long work.
  preview: (db: Db, a: Parameters<typeof previewCsv>[1]) => previewCsv(db, a),
};

export type ReadName = keyof typeof READS;
export type ReadArgs<N extends ReadName> = Parameters<(typeof READS)[N]>[1];
export type ReadResult<N extends ReadName> = Awaited<ReturnType<(typeof READS)[N]>>;
