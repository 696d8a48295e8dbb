import type { Db } from "../../client";
import type { KpiQuery } from "@/lib/kpi/filters";
import type { KpiSet } from "@/lib/kpi/kpis";
import { dayOf } from "@/lib/kpi/period";
import { resolveView } from "@/lib/kpi/resolve-view";
import { getDataRange } from "./get-data-range";
import { checkSegmentKeys } from "./check-segment-keys";
import { getKpis } from "./get-kpis";

export type KpiReport = { period: { from: string; to: string }; kpis: KpiSet };

/** The KPI document of the CLI and the public API: one period (all the data by default). */
export function getKpiReport(db: Db, workspace: { id: number; timezone: string }, q: KpiQuery, now = Date.now()): KpiReport {
  checkSegmentKeys(db, workspace.id, q.segment);
  const view = resolveView({ ...q, compare: "none" }, getDataRange(db, workspace.id, workspace.timezone), workspace.timezone, dayOf(now, workspace.timezone));
  return {
    period: { from: view.period.from, to: view.period.to },
    kpis: getKpis(db, workspace.id, view.period, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category }),
  };
}
