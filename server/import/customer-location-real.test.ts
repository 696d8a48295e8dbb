import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getFilterOptions } from "@/db/queries/kpis/get-filter-options";
import { getSegmentReport } from "@/db/queries/segments/get-segment-report";
import { getWorkspaceBySlug } from "@/db/queries/workspaces/workspaces";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { importFile } from "./import-file";

// Segments by region and country on real order exports, which carry the customer's address on each
// order and come without a customers file. Expected: customer-location.reference.json, worked out from
// the raw files by customer-location.reference.py beside this file (the address of each customer's
// latest order; customers with a counted order per value).
const DATA = path.join(process.cwd(), "..", "shared", "datasets");
const SHOPIFY = path.join(DATA, "shop_exports", "shopify_orders_export_petpads_2023-05_redacted.csv");
const UCI = path.join(DATA, "online_retail", "online_retail_uci.csv");
const reference = JSON.parse(readFileSync(path.join(import.meta.dirname, "customer-location.reference.json"), "utf8")) as Record<
  "shopify" | "uci",
  Record<string, Record<string, number>>
>;
const newDb = tempDbPerTest();

async function load(file: string): Promise<Db> {
  const { db } = newDb();
  await importFile(db, {
    path: file,
    workspaceId: 1,
    timeZone: "Europe/London",
    userId: null,
    source: "cli",
    fileName: path.basename(file),
    acceptRejected: true,
  });
  return db;
}
const byValue = (db: Db, key: "region" | "country") =>
  Object.fromEntries(
    getSegmentReport(db, getWorkspaceBySlug(db, "default")!, kpiQuerySchema.parse({}), { kind: "column", key }).rows.map((r) => [r.value, r.customers]),
  );

describe.skipIf(!existsSync(SHOPIFY))("customers placed by their orders' addresses, on real exports", () => {
  it("Shopify orders alone: 58 regions (California 464 customers) and 5 countries, not one (unknown) row for all", async () => {
    const db = await load(SHOPIFY);
    const regions = byValue(db, "region");
    expect(regions).toEqual(reference.shopify.region);
    expect(Object.keys(regions)).toHaveLength(59);
    expect(regions.California).toBe(464);
    expect(regions["(unknown)"]).toBe(4); // their latest order gives a country and no province
    expect(byValue(db, "country")).toEqual(reference.shopify.country);
    expect(byValue(db, "country")).toMatchObject({ US: 3555, CA: 7, "(unknown)": 1 });
    // The filter bar offers them.
    expect(getFilterOptions(db, 1).segments.find((s) => s.key === "region")?.values).toHaveLength(58);
  });

  it.skipIf(!existsSync(UCI))(
    "UCI Online Retail: 37 countries, United Kingdom 3,920 of 4,338 customers",
    async () => {
      const db = await load(UCI);
      const countries = byValue(db, "country");
      expect(countries).toEqual(reference.uci.country);
      expect(countries).toMatchObject({ "United Kingdom": 3920, Germany: 94, France: 87 });
      expect(Object.values(countries).reduce((a, b) => a + b, 0)).toBe(4338);
    },
    60_000,
  );
});
