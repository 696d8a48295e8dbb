import { sql } from "drizzle-orm";
import type { Db } from "../../client";

/** The first and last instant (ms) of a counted order, or null for a workspace without orders. */
export function getOrderTimeSpan(db: Db, workspaceId: number): { lo: number; hi: number } | null {
  const r = db.get<{ lo: number | null; hi: number | null }>(
    // Two subqueries: each is one seek in order_facts_kpi_idx; min and max together scan the range.
    sql`SELECT (SELECT min(ordered_at) FROM order_facts WHERE workspace_id = ${workspaceId} AND counted = 1) AS lo,
               (SELECT max(ordered_at) FROM order_facts WHERE workspace_id = ${workspaceId} AND counted = 1) AS hi`,
  );
  return r.lo === null || r.hi === null ? null : { lo: r.lo, hi: r.hi };
}
