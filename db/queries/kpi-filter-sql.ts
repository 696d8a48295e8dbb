import { sql, type SQL } from "drizzle-orm";
import { CUSTOMER_COLUMNS, type KpiFilters } from "@/lib/kpi/filters";

/** SQL conditions on `order_facts f` for the view's filters (docs/kpis.md, "Filters"):
 * a segment or campaign restricts the customers counted (never their history); a channel or
 * category restricts the orders counted. */
export function factFilterSql(ws: number, filters: KpiFilters): SQL {
  const parts: SQL[] = [];
  const customers = customerFilterSql(ws, filters);
  if (customers) parts.push(sql`f.customer_id IN (${customers})`);
  if (filters.channel) {
    parts.push(sql`f.order_id IN (SELECT id FROM orders WHERE workspace_id = ${ws} AND lower(channel) = lower(${filters.channel}))`);
  }
  if (filters.category) {
    parts.push(sql`f.order_id IN (
      SELECT l.order_id FROM order_lines l JOIN products p ON p.id = l.product_id
      WHERE l.workspace_id = ${ws} AND l.quantity > 0
        AND lower(coalesce(nullif(trim(p.category), ''), nullif(trim(l.category), ''), 'Uncategorised')) = lower(${filters.category}))`);
  }
  return parts.length ? sql`AND ${sql.join(parts, sql` AND `)}` : sql``;
}

/** A subquery of the customer ids the segment and campaign filters keep, or null for all. */
export function customerFilterSql(ws: number, filters: Pick<KpiFilters, "segment" | "campaign">): SQL | null {
  const conds: SQL[] = [];
  for (const { key, value } of filters.segment) {
    const column = CUSTOMER_COLUMNS[key as keyof typeof CUSTOMER_COLUMNS];
    if (column) conds.push(sql`lower(cast(c.${sql.identifier(column)} AS text)) = lower(${value})`);
    else conds.push(sql`EXISTS (SELECT 1 FROM customer_attributes a WHERE a.customer_id = c.id AND a.key = ${key} AND lower(a.value) = lower(${value}))`);
  }
  if (filters.campaign) {
    conds.push(sql`c.id IN (SELECT o.customer_id FROM offers o JOIN campaigns k ON k.id = o.campaign_id
                            WHERE k.workspace_id = ${ws} AND k.campaign_key = ${filters.campaign})`);
  }
  if (!conds.length) return null;
  // "+": a scan of customers reads each row once; through customers_key_uq every row is a second lookup.
  return sql`SELECT c.id FROM customers c WHERE +c.workspace_id = ${ws} AND ${sql.join(conds, sql` AND `)}`;
}
