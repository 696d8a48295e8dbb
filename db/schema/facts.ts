import { sqliteTable, integer, real, index } from "drizzle-orm/sqlite-core";
import { workspaces } from "./workspaces";
import { customers, orders } from "./commerce";

/** Derived per order, refreshed for the customers an import touches (db/queries/refresh-order-facts.ts):
 * views aggregate these instead of re-reading order lines. Definitions: docs/kpis.md. */
export const orderFacts = sqliteTable(
  "order_facts",
  {
    orderId: integer("order_id")
      .primaryKey()
      .references(() => orders.id, { onDelete: "cascade" }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    orderedAt: integer("ordered_at").notNull(), // ms, copied from orders for covering scans
    counted: integer("counted", { mode: "boolean" }).notNull(),
    revenue: real("revenue").notNull(),
    // Position among the customer's counted orders (1 = first); null for uncounted orders.
    seq: integer("seq"),
    crossSell: integer("cross_sell", { mode: "boolean" }).notNull(),
    upsell: integer("upsell", { mode: "boolean" }).notNull(),
    deepSell: integer("deep_sell", { mode: "boolean" }).notNull(),
  },
  (t) => [
    index("order_facts_period_idx").on(t.workspaceId, t.orderedAt, t.customerId, t.counted, t.revenue, t.crossSell, t.upsell, t.deepSell),
    index("order_facts_customer_idx").on(t.customerId),
  ],
);
