import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { dayOf } from "@/lib/kpi/period";

/** First and last local day with a counted order, or null for a workspace without orders. */
export function getDataRange(db: Db, ws: number, timeZone: string): { first: string; last: string } | null {
  const r = db.get<{ lo: number | null; hi: number | null }>(
    // Two subqueries: each is one seek in order_facts_kpi_idx; min and max together scan the range.
    sql`SELECT (SELECT min(ordered_at) FROM order_facts WHERE workspace_id = ${ws} AND counted = 1) AS lo,
               (SELECT max(ordered_at) FROM order_facts WHERE workspace_id = ${ws} AND counted = 1) AS hi`,
  );
  return r.lo === null || r.hi === null ? null : { first: dayOf(r.lo, timeZone), last: dayOf(r.hi, timeZone) };
}
