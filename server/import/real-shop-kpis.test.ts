import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getCategoryBasis } from "@/db/queries/kpis/get-category-basis";
import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { getWorkspaceBySlug } from "@/db/queries/workspaces/workspaces";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importFile } from "./import-file";

// The KPIs a marketer sees on the shared real Shopify shop, against counts worked out from the raw
// exports by real-shop-kpis.reference.py beside this file (Python's csv module and docs/kpis.md's
// rules): without a products file, cross-sell counts per product family, read from the line names.
const SHOP = path.join(process.cwd(), "..", "shared", "datasets", "shop_exports");
const ORDERS = path.join(SHOP, "shopify_orders_export_petpads_2023-05_redacted.csv");
const PRODUCTS = path.join(SHOP, "shopify_products_export_petpads_2023-05.csv");
const newDb = tempDbPerTest();

const load = (db: Db, file: string) =>
  importFile(db, { path: file, workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "cli", fileName: path.basename(file) });
const counts = (db: Db) => {
  const { kpis } = getKpiReport(db, getWorkspaceBySlug(db, "default")!, kpiQuerySchema.parse({}));
  return [kpis.crossSellRatio, kpis.upsellRatio, kpis.deepSellRatio].map((k) => [k.numerator, k.denominator]);
};

describe.skipIf(!existsSync(SHOP))("KPIs of the shared Shopify shop", () => {
  it("orders alone: cross-sell per product family (550 of 3,566), upsell by variant price (872), deep-sell 15", async () => {
    const { db } = newDb();
    await load(db, ORDERS);
    expect(getCategoryBasis(db, 1)).toBe("families");
    expect(counts(db)).toEqual([
      [550, 3566],
      [872, 3566],
      [15, 3566],
    ]);
  });

  it("with the products export, before or after the orders: per category (461), variants as tiers (936)", async () => {
    const after = newDb().db;
    await load(after, ORDERS);
    const products = await load(after, PRODUCTS);
    expect(products).toMatchObject({ kind: "products", rowsRead: 3399, rejected: 0, setAside: { "Rows that only add an image to a product": 609 } });
    expect(products.format.preset).toBe("shopify_products");
    const before = newDb().db;
    await load(before, PRODUCTS);
    await load(before, ORDERS);
    for (const db of [after, before]) {
      expect(getCategoryBasis(db, 1)).toBe("mixed"); // 528 of the shop's 2,658 products have neither Type nor Product Category
      expect(counts(db)).toEqual([
        [461, 3566],
        [936, 3566],
        [15, 3566],
      ]);
    }
  });
});
