import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getClvReport } from "@/db/queries/customers/get-clv-report";
import { getCategoryBasis } from "@/db/queries/kpis/get-category-basis";
import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import { getFilterOptions } from "@/db/queries/kpis/get-filter-options";
import { getOverview } from "@/db/queries/kpis/get-overview";
import { markFresh } from "@/db/queries/derived/freshness";
import { clvQuerySchema } from "@/lib/customers/schemas";
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
  importFile(db, {
    path: file,
    workspaceId: 1,
    timeZone: "Europe/Amsterdam",
    userId: null,
    source: "cli",
    fileName: path.basename(file),
    acceptRejected: true,
  });
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

describe.skipIf(!existsSync(SHOP))("filters on the shared Shopify shop", () => {
  it("every channel and category the filter bar offers, alone and paired, counts as the order lines say", async () => {
    const { db } = newDb();
    await load(db, PRODUCTS);
    await load(db, ORDERS);
    const workspace = getWorkspaceBySlug(db, "default")!;
    const { channels, categories } = getFilterOptions(db, 1);
    expect(channels.length).toBeGreaterThan(1);
    expect(categories.length).toBeGreaterThan(20);
    const queries = [
      ...channels.map((channel) => ({ channel })),
      ...categories.map((category) => ({ category })),
      ...channels.flatMap((channel) => categories.slice(0, 8).map((category) => ({ channel, category }))),
    ];
    let counted = 0;
    for (const query of queries) {
      const q = kpiQuerySchema.parse({ ...query, from: "2023-05-01", to: "2023-05-31" });
      const kept = getOverview(db, workspace, q);
      // The same view computed from the order lines, as a workspace whose slices are not built reads it.
      db.$client.exec("DELETE FROM derived_freshness");
      const live = getOverview(db, workspace, q);
      markFresh(db.$client, 1, "order_slice_facts");
      expect(kept, JSON.stringify(query)).toEqual(live);
      if (kept.kpis.crossSellRatio.numerator > 0) counted++;
    }
    expect(counted).toBeGreaterThan(10);
  });
});

describe.skipIf(!existsSync(SHOP))("the customers page on short real histories", () => {
  it("five weeks of orders: the calibration end defaults to the middle of the data, leaving a holdout", async () => {
    const { db } = newDb();
    await load(db, ORDERS); // 28 April to 1 June 2023: shorter than the 90-day default holdout
    const report = getClvReport(db, getWorkspaceBySlug(db, "default")!, clvQuerySchema.parse({}));
    expect(report).toMatchObject({ dataRange: { first: "2023-04-28", last: "2023-06-01" }, calibrationEnd: "2023-05-15", holdoutEnd: "2023-06-01" });
    expect(report.ok).toBe(true);
  });

  it("too few buyers who came back: the page opens with the plain reason", async () => {
    const { db } = newDb();
    await load(db, path.join(SHOP, "shopify_orders_export_explorer_2020-2022_redacted.csv"));
    const report = getClvReport(db, getWorkspaceBySlug(db, "default")!, clvQuerySchema.parse({}));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.reason).toBe("too_little_data");
    expect(report.error.message).toMatch(/^Only \d+ of \d+ customers bought again before the calibration end; predicting lifetime value needs at least 30\./);
  });
});
