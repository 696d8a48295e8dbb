import "server-only";
import type { Db } from "@/db/client";
import { clvScoresKey, hasClvScores, rememberClvScores } from "@/db/queries/customers/get-clv-scores";
import { sharedReportQuery } from "@/db/queries/reports/load-report";
import type { Workspace as FullWorkspace } from "@/db/queries/workspaces/workspaces";
import type { ReportPage } from "@/lib/schemas/share";
import { REPORT_KINDS, type ReportKind } from "@/lib/share/report-kinds";
import { runJob } from "../import/worker/run-job";

type Workspace = { id: number; timezone: string };
const fitting = new Map<string, Promise<void>>();

/**
 * Fits the CLV model for `q` on a worker thread and keeps the result where getClvScores finds it, so
 * the request that then reads it does no fitting on the thread every other request needs. A fit on
 * millions of lines takes seconds. Requests for the same fit share one worker. A failure is left to
 * the request's own call, which reports it as it always has.
 */
export async function fitClvOffThread(db: Db, workspace: Workspace, q: { cal?: string; discount: number }): Promise<void> {
  const key = clvScoresKey(db, workspace, q);
  if (key === null || hasClvScores(key)) return;
  let running = fitting.get(key);
  if (!running) {
    running = runJob(db.$client.name, "fit-clv", { workspace: { id: workspace.id, timezone: workspace.timezone }, q: { cal: q.cal, discount: q.discount } })
      .then(({ key: fitted, scores }) => {
        if (fitted !== null) rememberClvScores(fitted, scores);
      })
      .catch(() => undefined)
      .finally(() => fitting.delete(key));
    fitting.set(key, running);
  }
  await running;
}

/** What a report needs done off the request thread before it is read (today: the CLV fit). */
export async function prepareReport(db: Db, workspace: Workspace, kind: ReportKind, q: unknown): Promise<void> {
  if (kind === "customers/predicted") await fitClvOffThread(db, workspace, q as { cal?: string; discount: number });
}

/** prepareReport for every kind a saved view's page reads, before a snapshot of it is taken. */
export async function prepareSavedView(db: Db, workspace: FullWorkspace, page: ReportPage, query: string): Promise<void> {
  const view = new URLSearchParams(query);
  for (const kind of REPORT_KINDS[page]) {
    let q: unknown;
    try {
      q = sharedReportQuery(db, workspace, kind, view);
    } catch {
      continue; // the snapshot reports it
    }
    await prepareReport(db, workspace, kind, q);
  }
}
