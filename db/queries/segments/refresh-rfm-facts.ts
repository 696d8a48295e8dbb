import type { Db } from "../../client";
import { makePeriod } from "@/lib/kpi/period";
import { getDataRange } from "../kpis/get-data-range";
import { blobOf } from "../../sqlite/typed-blobs";
import { scoreRfmGroups } from "./get-rfm-scores";
import { countSegments, type KeptRfmCounts } from "./get-segment-table";

/**
 * Keeps every customer's RFM group at the end of the default "all data" view in rfm_facts, with that
 * view's unfiltered RFM table before shaping, for the workspace's current data_version: run after the
 * last data_version raise of an import or undo, and after a time zone change, in its transaction (the
 * import pays for scoring and counting once instead of every view). A path that forgets it costs speed, never
 * correctness: getRfmGroups scores the customers, and the table counts them, when version or period differ.
 */
export function refreshRfmFacts(db: Db, workspaceId: number): void {
  const sqlite = db.$client;
  sqlite.prepare("DELETE FROM rfm_facts WHERE workspace_id = ?").run(workspaceId);
  const w = sqlite
    .prepare(
      "SELECT w.timezone, coalesce(s.data_version, 0) AS data_version FROM workspaces w LEFT JOIN workspace_state s ON s.workspace_id = w.id WHERE w.id = ?",
    )
    .get(workspaceId) as { timezone: string; data_version: number } | undefined;
  const range = w && getDataRange(db, workspaceId, w.timezone);
  if (!w || !range) return;
  // The default view's period (lib/kpi/resolve-view.ts without from and to): all the data.
  const period = makePeriod(range.first, range.last, w.timezone);
  const { ids, codes } = scoreRfmGroups(db, workspaceId, period.endMs);
  sqlite
    .prepare("INSERT INTO rfm_facts (workspace_id, data_version, end_ms, ids, codes) VALUES (?, ?, ?, ?, ?)")
    .run(workspaceId, w.data_version, period.endMs, blobOf(Int32Array.from(ids)), blobOf(codes));
  // The unfiltered RFM table of that view, counted over the groups just kept.
  const kept: KeptRfmCounts = { startMs: period.startMs, counts: countSegments(db, workspaceId, period, { segment: [] }, { kind: "rfm", key: "rfm" }, {}) };
  sqlite.prepare("UPDATE rfm_facts SET counts = ? WHERE workspace_id = ?").run(JSON.stringify(kept), workspaceId);
}
