import type { Db } from "../../client";
import { AppFailure } from "@/lib/result";
import type { ReportPage } from "@/lib/schemas/share";
import { REPORT_KINDS } from "@/lib/share/report-kinds";
import type { Workspace } from "../workspaces/workspaces";
import { loadSharedReportData } from "./load-report";

/** Every kind of data a saved view's page reads, as its share link would show it now: frozen into a
 * snapshot link so later imports do not change what a client already saw. A kind the view cannot
 * have (an A/B test where there is none) is left out, as the page never asks for it. */
export function buildReportSnapshot(db: Db, workspace: Workspace, page: ReportPage, query: string): Record<string, unknown> {
  const view = new URLSearchParams(query);
  const snapshot: Record<string, unknown> = {};
  for (const kind of REPORT_KINDS[page]) {
    try {
      snapshot[kind] = loadSharedReportData(db, workspace, kind, view);
    } catch (e) {
      if (!(e instanceof AppFailure) || kind !== "abtest") throw e;
    }
  }
  return snapshot;
}
