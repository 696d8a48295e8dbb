import { sql } from "drizzle-orm";
import type { Db } from "../../client";

export type RepeatPurchaseRate = {
  /** Customers with 2 or more counted orders. */
  repeatCustomers: number;
  /** Customers with 1 or more counted orders. */
  customers: number;
  /** repeatCustomers ÷ customers; null without customers. */
  value: number | null;
};

/** Share of customers who ordered again, over all counted orders in the data (docs/kpis.md). */
export function getRepeatPurchaseRate(db: Db, workspaceId: number): RepeatPurchaseRate {
  // seq numbers a customer's counted orders, so a second order is seq = 2; kpi_hours holds their
  // counts per hour (db/schema/facts.ts): a sum over ~17k rows a year, not a scan of every order.
  const r = db.get<{ customers: number; repeaters: number }>(sql`
    SELECT coalesce(sum(firsts), 0) AS customers, coalesce(sum(seconds), 0) AS repeaters
    FROM kpi_hours WHERE workspace_id = ${workspaceId}`);
  return { repeatCustomers: r.repeaters, customers: r.customers, value: r.customers > 0 ? r.repeaters / r.customers : null };
}
