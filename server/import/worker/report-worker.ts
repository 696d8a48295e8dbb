// The report worker's entry (see server/reports/load-report-off-thread.ts): it stays up, keeps a
// connection and loadReport's caches of its own, and answers one view's data at a time, off the
// thread that serves requests.
import { parentPort, workerData } from "node:worker_threads";
import { loadReport } from "@/db/queries/reports/load-report";
import type { Workspace } from "@/db/queries/workspaces/workspaces";
import type { ReportKind } from "@/lib/share/report-kinds";
import { failureOf } from "./failure";
import { openWorkerDb } from "./worker-thread";

export type ReportAsk = { id: number; workspace: Workspace; kind: ReportKind; input: unknown; now: number };

const db = openWorkerDb((workerData as { databasePath: string }).databasePath);
const port = parentPort!;
port.on("message", ({ id, workspace, kind, input, now }: ReportAsk) => {
  try {
    port.postMessage({ id, ok: true, data: loadReport(db, workspace, kind, input, now) });
  } catch (e) {
    port.postMessage({ id, ok: false, failure: failureOf(e) });
  }
});
