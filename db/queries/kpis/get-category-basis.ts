import { sql } from "drizzle-orm";
import type { Db } from "../../client";

/** What the cross-sell ratio counts distinct "categories" of (docs/kpis.md, "Category of a line"):
 * imported categories, product families where none was imported, or both. */
export type CategoryBasis = "categories" | "families" | "mixed";

export function getCategoryBasis(db: Db, workspaceId: number): CategoryBasis {
  const { withCategory, without } = db.get<{ withCategory: number; without: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM products WHERE workspace_id = ${workspaceId} AND nullif(trim(category), '') IS NOT NULL) AS withCategory,
           EXISTS (SELECT 1 FROM products WHERE workspace_id = ${workspaceId} AND nullif(trim(category), '') IS NULL) AS without`);
  if (!without) return "categories";
  // Products without a category may take their lines' own: a scan that stops at the first such line.
  const lineCategories = db.get<{ any: number }>(
    sql`SELECT EXISTS (SELECT 1 FROM order_lines WHERE workspace_id = ${workspaceId} AND nullif(trim(category), '') IS NOT NULL) AS "any"`,
  )!.any;
  return withCategory || lineCategories ? "mixed" : "families";
}
