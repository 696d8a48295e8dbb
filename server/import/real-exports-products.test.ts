import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { productsQuerySchema } from "@/lib/basket/products-query";
import { importFile } from "./import-file";
import { getProductsReport } from "@/db/queries/products/get-products-report";

const DATA = path.join(process.cwd(), "..", "shared", "datasets");
const newDb = tempDbPerTest();
const ws = { id: 1, timezone: "Europe/Amsterdam" };

async function shop(file: string) {
  const { db } = newDb();
  await importFile(db, {
    path: path.join(DATA, file),
    workspaceId: 1,
    timeZone: ws.timezone,
    userId: null,
    source: "cli",
    fileName: file,
    acceptRejected: true,
  });
  return db;
}

// "Products bought together" on real exports, at the page's defaults: signal first.
describe.skipIf(!existsSync(DATA))("products bought together on real exports", () => {
  it("WooCommerce: no rule from a single order leads; every rule shown is in 5 or more orders and beyond chance", async () => {
    const db = await shop("shop_exports/woocommerce_orders_export_skincare_2025-11_12_redacted.csv");
    const defaults = getProductsReport(db, ws, productsQuerySchema.parse({}));
    expect(defaults.rules.length).toBeGreaterThan(0);
    for (const r of defaults.rules) {
      expect(r.count).toBeGreaterThanOrEqual(5);
      expect(r.qValue).toBeLessThanOrEqual(0.05);
    }
    // What lift alone used to lead with: a pair of one order.
    const byLift = getProductsReport(db, ws, productsQuerySchema.parse({ minOrders: "1", hideChance: "false", sort: "lift" }));
    expect(byLift.rules[0].count).toBe(1);
  });

  it("UCI Online Retail (December 2010): postage and fees never become products; manual lines are left out, named, of every rule", async () => {
    const db = await shop("online_retail/online_retail_2010-12_EU_FORMAT_DERIVED.csv");
    // Set aside at import by their StockCode: no product, no line, no basket.
    const skus = db.$client
      .prepare("SELECT sku FROM products WHERE sku IN ('POST', 'DOT', 'C2', 'BANK CHARGES', 'AMAZONFEE', 'CRUK') OR sku LIKE 'gift%'")
      .pluck()
      .all();
    expect(skus).toEqual([]);
    const r = getProductsReport(db, ws, productsQuerySchema.parse({ minOrders: "1", hideChance: "false" }));
    // What the export does not mark stays for the page's own list: "Manual" adjustments.
    expect(r.leftOut.names).toEqual(expect.arrayContaining(["Manual"]));
    const named = r.rules.flatMap((x) => [...x.antecedent, x.consequent].map((i) => i.name));
    for (const name of r.leftOut.names) expect(named).not.toContain(name);
  }, 60_000);
});
