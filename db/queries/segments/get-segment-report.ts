import type { Db } from "../../client";
import type { KpiQuery } from "@/lib/kpi/filters";
import { dayOf } from "@/lib/kpi/period";
import { resolveView } from "@/lib/kpi/resolve-view";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { getDataRange } from "../kpis/get-data-range";
import { getSegmentTable, type SegmentTable } from "./get-segment-table";

/** The segment table of a view (all the data by default): shared by the page's route and the CLI. */
export type SegmentReport = SegmentTable & { dataRange: { first: string; last: string } | null };

export function getSegmentReport(
  db: Db,
  workspace: { id: number; timezone: string },
  q: KpiQuery,
  by: SegmentDimension,
  minSize?: number,
  now = Date.now(),
): SegmentReport {
  const dataRange = getDataRange(db, workspace.id, workspace.timezone);
  const view = resolveView({ ...q, compare: "none" }, dataRange, workspace.timezone, dayOf(now, workspace.timezone));
  const table = getSegmentTable(db, workspace.id, view.period, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category }, by, {
    minSize,
  });
  return { ...table, dataRange };
}
