import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { CUSTOMER_COLUMNS, customerColumnOf, type SegmentFilter } from "@/lib/kpi/filters";
import { AppFailure } from "@/lib/result";

/** Refuses a segment filter on a key this workspace does not have (neither a customers column nor
 * a custom attribute it imported), so a mistyped or crafted key gets a reason, not an empty view. */
export function checkSegmentKeys(db: Db, workspaceId: number, segment: readonly SegmentFilter[]): void {
  for (const { key } of segment) {
    if (customerColumnOf(key) !== null) continue;
    const known = db.get<{ one: number }>(sql`SELECT 1 AS one FROM customer_attributes WHERE workspace_id = ${workspaceId} AND key = ${key} LIMIT 1`);
    if (!known) {
      throw new AppFailure(
        "invalid_input",
        `No segment "${key}" in this workspace: use ${Object.keys(CUSTOMER_COLUMNS).join(", ")}, or a column of your customers file.`,
        "segment",
      );
    }
  }
}
