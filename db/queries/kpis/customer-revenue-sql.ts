import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";

/**
 * Σ revenue of customers' orders over the rows `f` (order_facts, order_slice_facts or a view's kept
 * rows), for lifetime value: guest orders (seq null, or 0 in the slices) count in revenue and AOV and in
 * no customer's value. A workspace without guests (customers_guest_idx answers at once) sums every row,
 * so its scans pay no test per row.
 */
export function customerRevenueSql(db: Db, workspaceId: number): SQL {
  return hasGuestOrders(db, workspaceId) ? sql`sum(CASE WHEN f.seq > 0 THEN f.revenue END)` : sql`sum(f.revenue)`;
}

/** Whether the workspace holds a guest order at all (customers_guest_idx answers at once). */
export function hasGuestOrders(db: Db, workspaceId: number): boolean {
  return db.$client.prepare("SELECT 1 FROM customers WHERE workspace_id = ? AND guest LIMIT 1").get(workspaceId) !== undefined;
}
