import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { localMidnight, shiftDay, type Period } from "@/lib/kpi/period";
import type { SatisfactionGroup } from "@/lib/offers/shape-satisfaction";
import { isControlSql } from "../campaigns/control-variant-sql";

/**
 * Ratings given in the period, each on a 0–10 score (5-point ratings rescaled: 1 → 0, 5 → 10), with
 * promoters and detractors, split by whether the customer had been shown an offer (outside a holdout)
 * by the end of the rating's day. Grouped four ways: overall, per campaign whose offer the customer had
 * seen, per month, and by how many offers the customer had seen.
 */
export function getSatisfactionCounts(db: Db, workspaceId: number, period: Period, timeZone: string): SatisfactionGroup[] {
  // Feedback dates are local days; the end of each day in ms comes from here, so the offer times
  // compare in the workspace's time zone (DST included) rather than UTC.
  const dayEnds: Record<string, number> = {};
  for (let d = period.from; d <= period.to; d = shiftDay(d, 1)) dayEnds[d] = localMidnight(shiftDay(d, 1), timeZone);
  return db.all<SatisfactionGroup>(sql`
    WITH days AS MATERIALIZED (SELECT key AS day, value AS end_ms FROM json_each(${JSON.stringify(dayEnds)})),
    shown AS MATERIALIZED (
      SELECT o.customer_id, o.campaign_id, o.shown_at FROM offers o WHERE o.workspace_id = ${workspaceId} AND NOT ${isControlSql}
    ),
    r AS MATERIALIZED (
      SELECT fb.id, fb.customer_id, fb.date, d.end_ms,
             CASE WHEN fb.scale = 10 THEN fb.rating ELSE (fb.rating - 1) * 2.5 END AS score,
             CASE WHEN fb.scale = 10 THEN fb.rating >= 9 ELSE fb.rating >= 5 END AS promoter,
             CASE WHEN fb.scale = 10 THEN fb.rating <= 6 ELSE fb.rating <= 3 END AS detractor,
             (SELECT count(*) FROM shown s WHERE s.customer_id = fb.customer_id AND s.shown_at < d.end_ms) AS seen
      FROM feedback fb JOIN days d ON d.day = fb.date
      WHERE fb.workspace_id = ${workspaceId}
    ),
    agg AS (
      SELECT 'offered' AS dim, '' AS key, seen > 0 AS offered, * FROM r
      UNION ALL
      SELECT 'month', substr(date, 1, 7), seen > 0, * FROM r
      UNION ALL
      SELECT 'offers_seen', CASE WHEN seen = 0 THEN '0' WHEN seen <= 2 THEN '1-2' WHEN seen <= 5 THEN '3-5' ELSE '6+' END, seen > 0, * FROM r
      UNION ALL
      SELECT 'campaign', k.campaign_key, 1, r.* FROM r JOIN campaigns k ON k.workspace_id = ${workspaceId}
      WHERE EXISTS (SELECT 1 FROM shown s WHERE s.customer_id = r.customer_id AND s.campaign_id = k.id AND s.shown_at < r.end_ms)
    )
    SELECT dim, key, offered, count(*) AS n, sum(score) AS scoreSum, sum(score * score) AS scoreSumOfSquares,
           sum(promoter) AS promoters, sum(detractor) AS detractors
    FROM agg GROUP BY dim, key, offered ORDER BY dim, key, offered`);
}
