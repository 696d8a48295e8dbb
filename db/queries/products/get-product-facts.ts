import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../client";
import { products } from "../../schema";

export type ProductFactsRow = { sku: string; name: string | null; price: number | null; cost: number | null };

// Well under SQLite's limit of bound parameters per statement.
const CHUNK = 500;

/** Name, list price and cost of the given skus of a workspace, keyed by sku. */
export function getProductFacts(db: Db, workspaceId: number, skus: readonly string[]): Map<string, ProductFactsRow> {
  const out = new Map<string, ProductFactsRow>();
  const unique = [...new Set(skus)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = db
      .select({ sku: products.sku, name: products.name, price: products.price, cost: products.cost })
      .from(products)
      .where(and(eq(products.workspaceId, workspaceId), inArray(products.sku, unique.slice(i, i + CHUNK))))
      .all();
    for (const row of rows) out.set(row.sku, row);
  }
  return out;
}
