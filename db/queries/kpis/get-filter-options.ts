import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { CUSTOMER_COLUMNS, customerColumnOf, type FilterOptions } from "@/lib/kpi/filters";
import { productFallbackCategory } from "./line-category-sql";
import { isFresh } from "../derived/freshness";

const MAX_VALUES = 200; // a segment key with more distinct values (a customer id, say) is no segment

/** The values a marketer can filter the overview on, from the workspace's own data. */
export function getFilterOptions(db: Db, workspaceId: number): FilterOptions {
  const segments: FilterOptions["segments"] = [];
  for (const [key, column] of Object.entries(CUSTOMER_COLUMNS)) {
    if (key === "birth_year") continue;
    const values = db
      .all<{ v: string }>(
        sql`SELECT DISTINCT cast(${sql.identifier(column)} AS text) AS v FROM customers
                             WHERE workspace_id = ${workspaceId} AND ${sql.identifier(column)} IS NOT NULL ORDER BY v LIMIT ${MAX_VALUES + 1}`,
      )
      .map((r) => r.v);
    if (values.length > 0 && values.length <= MAX_VALUES) segments.push({ key, values });
  }
  const custom = db.all<{ key: string; n: number }>(
    sql`SELECT key, count(DISTINCT value) AS n FROM customer_attributes WHERE workspace_id = ${workspaceId} GROUP BY key ORDER BY key`,
  );
  for (const { key, n } of custom) {
    if (n > MAX_VALUES || customerColumnOf(key) !== null) continue;
    const values = db
      .all<{ v: string }>(sql`SELECT DISTINCT value AS v FROM customer_attributes WHERE workspace_id = ${workspaceId} AND key = ${key} ORDER BY v`)
      .map((r) => r.v);
    segments.push({ key, values });
  }
  const { channels, categories } = isFresh(db.$client, workspaceId, "order_slice_facts") ? keptOrderValues(db, workspaceId) : orderValues(db, workspaceId);
  const campaigns = db.all<{ key: string; name: string }>(
    sql`SELECT campaign_key AS key, name FROM campaigns WHERE workspace_id = ${workspaceId} ORDER BY start_date, campaign_key`,
  );
  return { segments, channels, categories, campaigns };
}

/** Channels and categories with a counted order (order_slice_facts): a value the filter bar offers
 * always selects orders. */
function keptOrderValues(db: Db, workspaceId: number): Pick<FilterOptions, "channels" | "categories"> {
  const values = (dimension: "channel" | "category") =>
    db
      .all<{ v: string }>(
        sql`SELECT s.label AS v FROM fact_slices s
            WHERE s.workspace_id = ${workspaceId} AND s.dimension = ${dimension} AND EXISTS (SELECT 1 FROM order_slice_facts f WHERE f.slice_id = s.id)
            ORDER BY s.key, s.label LIMIT ${MAX_VALUES}`,
      )
      .map((r) => r.v);
  return { channels: values("channel"), categories: values("category") };
}

/** The same from the orders and products, for a workspace whose slices are not built by this code. */
function orderValues(db: Db, workspaceId: number): Pick<FilterOptions, "channels" | "categories"> {
  const channels = db
    .all<{ v: string }>(
      sql`SELECT DISTINCT channel AS v FROM orders WHERE workspace_id = ${workspaceId} AND channel IS NOT NULL ORDER BY v LIMIT ${MAX_VALUES}`,
    )
    .map((r) => r.v);
  const categories = db
    .all<{ v: string }>(
      sql`
      SELECT DISTINCT coalesce(nullif(trim(p.category), ''), ${sql.raw(productFallbackCategory("p"))}) AS v FROM products p WHERE p.workspace_id = ${workspaceId}
      UNION SELECT DISTINCT nullif(trim(l.category), '') FROM order_lines l WHERE l.workspace_id = ${workspaceId} AND nullif(trim(l.category), '') IS NOT NULL
      ORDER BY v LIMIT ${MAX_VALUES}`,
    )
    .map((r) => r.v);
  return { channels, categories };
}
