import { sql, type SQL } from "drizzle-orm";
import { customerColumnOf, type KpiFilters } from "@/lib/kpi/filters";
import type { Db } from "../../client";
import { LINE_CATEGORY } from "./line-category-sql";

/** SQL conditions on `order_facts f` for the view's filters (docs/kpis.md, "Filters"):
 * a segment or campaign restricts the customers counted (never their history); a channel or
 * category restricts the orders counted. */
export function factFilterSql(workspaceId: number, filters: KpiFilters): SQL {
  const parts: SQL[] = [];
  const customers = customerFilterSql(workspaceId, filters);
  if (customers) parts.push(sql`f.customer_id IN (${customers})`);
  if (filters.channel) {
    parts.push(sql`f.order_id IN (SELECT id FROM orders WHERE workspace_id = ${workspaceId} AND lower(channel) = lower(${filters.channel}))`);
  }
  if (filters.category) {
    parts.push(sql`f.order_id IN (
      SELECT l.order_id FROM order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.workspace_id = ${workspaceId} AND l.quantity > 0
        AND lower(${sql.raw(LINE_CATEGORY)}) = lower(${filters.category}))`);
  }
  return parts.length ? sql`AND ${sql.join(parts, sql` AND `)}` : sql``;
}

/** Filters whose customers were resolved once into this connection's temp table (resolveCustomerSet). */
export type ResolvedFilters = KpiFilters & { readonly customerSet?: typeof CUSTOMER_SET };
const CUSTOMER_SET = "kpi_customer_set";

/**
 * For a view that runs many statements under one segment or campaign filter (the overview: cards,
 * comparison, series, eight before/after windows): the customers the filter keeps, computed once
 * into a temp table of this connection. Each statement then reads ids instead of testing every
 * customer against the filter again (about 30 times on the overview). Statements
 * run synchronously, so the table holds this view's set until the next call refills it.
 */
export function resolveCustomerSet(db: Db, workspaceId: number, filters: KpiFilters): ResolvedFilters {
  const customers = customerFilterSql(workspaceId, filters);
  if (!customers) return filters;
  db.$client.exec(`CREATE TEMP TABLE IF NOT EXISTS ${CUSTOMER_SET} (id INTEGER PRIMARY KEY)`);
  db.$client.exec(`DELETE FROM temp.${CUSTOMER_SET}`);
  db.run(sql`INSERT INTO temp.${sql.identifier(CUSTOMER_SET)} (id) ${customers}`);
  return { ...filters, customerSet: CUSTOMER_SET };
}

/** A subquery of the customer ids the segment and campaign filters keep, or null for all. */
export function customerFilterSql(workspaceId: number, filters: Pick<ResolvedFilters, "segment" | "campaign" | "customerSet">): SQL | null {
  if (filters.customerSet) return sql`SELECT id FROM temp.${sql.identifier(filters.customerSet)}`;
  const conds: SQL[] = [];
  for (const { key, value } of filters.segment) {
    const column = customerColumnOf(key);
    // trim(): as the breakdowns compare values (lib/segments/merge-by-value.ts), so a row's own filter selects it.
    if (column) conds.push(sql`lower(trim(cast(c.${sql.identifier(column)} AS text))) = lower(${value})`);
    else conds.push(sql`EXISTS (SELECT 1 FROM customer_attributes a WHERE a.customer_id = c.id AND a.key = ${key} AND lower(trim(a.value)) = lower(${value}))`);
  }
  if (filters.campaign) {
    conds.push(sql`c.id IN (SELECT o.customer_id FROM offers o JOIN campaigns k ON k.id = o.campaign_id
                            WHERE k.workspace_id = ${workspaceId} AND k.campaign_key = ${filters.campaign})`);
  }
  if (!conds.length) return null;
  // "+": a scan of customers reads each row once; through customers_key_uq every row is a second lookup.
  return sql`SELECT c.id FROM customers c WHERE +c.workspace_id = ${workspaceId} AND ${sql.join(conds, sql` AND `)}`;
}
