import type { Db } from "../../client";
import type { KpiFilters } from "@/lib/kpi/filters";
import { isFresh } from "../derived/freshness";
import { isHourAligned } from "../kpis/is-hour-aligned";

type Range = { startMs: number; endMs: number };

/**
 * Whether offer_hours holds the view's offers for these ranges: all of them, or one campaign's (a
 * segment picks offers by customer; a channel or category restricts orders, not offers), over whole
 * hours, built by this code for the current data. It is built in the same refresh as
 * customer_offer_facts (refreshDerivedData), so it is current exactly when offer_facts_version is: a
 * path that raised data_version without that refresh costs speed, never correctness.
 */
export function offerHoursServe(db: Db, workspaceId: number, filters: KpiFilters, ranges: readonly Range[]): boolean {
  if (filters.segment.length || !ranges.every(isHourAligned)) return false;
  const current = db.$client.prepare("SELECT offer_facts_version IS data_version FROM workspace_state WHERE workspace_id = ?").pluck().get(workspaceId) === 1;
  return current && isFresh(db.$client, workspaceId, "offer_hours");
}
