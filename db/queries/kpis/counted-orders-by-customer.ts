import { sql, type SQL } from "drizzle-orm";

/**
 * FROM and WHERE for "each customer's counted orders" (`c`, `f`): the workspace's customers in id
 * order, each one's orders a range of order_facts_customer_idx (covering for customer, time, prev_*,
 * seq and revenue). Per-customer aggregates then stream with no sort of every order: grouping
 * order_facts by customer sorts every counted order through a temp b-tree. The "+"
 * keeps SQLite scanning customers by rowid: through customers_key_uq they come in key order, and
 * every range becomes a random seek. Guest orders (seq null) are no customer's and are left out. `on` narrows the orders (e.g. `AND f.ordered_at < end`); the
 * caller may append `AND …` conditions to the WHERE and must GROUP BY or ORDER BY c.id itself.
 */
export function countedOrdersByCustomer(workspaceId: number, on: SQL = sql``): SQL {
  return sql`customers c CROSS JOIN order_facts f ON f.customer_id = c.id AND f.counted = 1 AND f.seq > 0 ${on} WHERE +c.workspace_id = ${workspaceId}`;
}

/** The same as plain SQL for statements prepared by hand: the workspace is the last parameter, after any in `on`. */
export function countedOrdersByCustomerText(on = ""): string {
  return `customers c CROSS JOIN order_facts f ON f.customer_id = c.id AND f.counted = 1 AND f.seq > 0 ${on} WHERE +c.workspace_id = ?`;
}
