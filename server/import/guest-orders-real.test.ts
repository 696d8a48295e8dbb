import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import { getWorkspaceSummary } from "@/db/queries/workspaces/get-workspace-summary";
import { getWorkspaceBySlug } from "@/db/queries/workspaces/workspaces";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { importFile } from "./import-file";

// The shared real exports whose orders include guest checkouts, against figures worked out from the raw
// files by guest-orders.reference.py beside this file (Python's csv module and docs/kpis.md's rules):
// every order counts in AOV, only the customers' orders in lifetime value and the repeat rate.
const DATA = path.join(process.cwd(), "..", "shared", "datasets");
const newDb = tempDbPerTest();

async function shop(file: string) {
  const { db } = newDb();
  const s = await importFile(db, {
    path: path.join(DATA, file),
    workspaceId: 1,
    timeZone: "Europe/Amsterdam",
    userId: null,
    source: "cli",
    fileName: path.basename(file),
  });
  expect(s).toMatchObject({ status: "committed", rejected: 0 });
  return { db, summary: s };
}
const all = (db: Db) => getKpiReport(db, getWorkspaceBySlug(db, "default")!, kpiQuerySchema.parse({})).kpis;

describe.skipIf(!existsSync(DATA))("guest checkouts in real exports", () => {
  it("Shopify (older layout): 81 orders, 23 of them guests, all in AOV; 54 customers in LTV", async () => {
    const { db, summary } = await shop("shop_exports/shopify_orders_export_explorer_2020-2022_redacted.csv");
    expect(summary.guestOrders).toBe(23);
    const k = all(db);
    expect(k.aov.denominator).toBe(81);
    expect(k.aov.numerator).toBeCloseTo(2956.0, 2);
    expect(k.ltv.denominator).toBe(54);
    expect(k.ltv.numerator).toBeCloseTo(2138.5, 2);
    expect(k.repeatPurchaseRate).toMatchObject({ numerator: 3, denominator: 54 });
    expect(k.crossSellRatio.denominator).toBe(54);
    expect(getWorkspaceSummary(db, 1, "Europe/Amsterdam")).toMatchObject({ customers: 54, guestOrders: 23, orders: 81 });
  });

  it("UCI Online Retail, December 2010: 308 guest invoices of 2,009; 1,694 counted in AOV; 884 customers in LTV", async () => {
    const { db, summary } = await shop("online_retail/online_retail_2010-12_EU_FORMAT_DERIVED.csv");
    expect(summary.guestOrders).toBe(308);
    const k = all(db);
    expect(k.aov.denominator).toBe(1694);
    expect(k.aov.numerator).toBeCloseTo(778_118.62, 1);
    expect(k.ltv.denominator).toBe(884);
    expect(k.ltv.numerator).toBeCloseTo(565_427.73, 1);
    expect(k.repeatPurchaseRate).toMatchObject({ numerator: 262, denominator: 884 });
  }, 60_000);
});
