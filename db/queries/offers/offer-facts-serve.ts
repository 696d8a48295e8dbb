import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";

/** Whether customer_offer_facts and offer_funnel_facts are made for the workspace's current data and
 * the period holds every offer (min and max through offers_shown_idx): then they are what counting the
 * period's offers would give. */
export function offerFactsServe(db: Db, workspaceId: number, period: Period): boolean {
  const r = db.$client
    .prepare(
      `SELECT offer_facts_version IS data_version AS current,
                     (SELECT min(shown_at) FROM offers WHERE workspace_id = s.workspace_id) AS lo, (SELECT max(shown_at) FROM offers WHERE workspace_id = s.workspace_id) AS hi
              FROM workspace_state s WHERE workspace_id = ?`,
    )
    .get(workspaceId) as { current: number; lo: number | null; hi: number | null } | undefined;
  return r?.current === 1 && (r.lo === null || r.hi === null || (period.startMs <= r.lo && period.endMs > r.hi));
}
