import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDbPerTest } from "@/db/testing/temp-db";
import type { Db } from "../../db/client";
import { importFile } from "./import-file";

const DATA = path.join(process.cwd(), "..", "shared", "datasets");
const newDb = tempDbPerTest();

function setup(): Db {
  const t = newDb();
  return t.db;
}
const load = (db: Db, file: string) =>
  importFile(db, {
    path: path.join(DATA, file),
    workspaceId: 1,
    timeZone: "Europe/Amsterdam",
    userId: null,
    source: "cli",
    fileName: file,
    acceptRejected: true,
  });
const counts = (db: Db) =>
  db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM order_lines) AS lines,
              (SELECT count(*) FROM customers WHERE NOT guest) AS customers,
              (SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.guest) AS guestOrders,
              (SELECT count(*) FROM orders WHERE status IN ('refunded', 'voided', 'cancelled')) AS notCounted`,
    )
    .get();

// Real exports (../shared/datasets, present in CI): each imports with the right counts.
describe.skipIf(!existsSync(DATA))("importing real shop exports", () => {
  it("Shopify orders (petpads): 5,121 line rows of 3,885 orders, 208 of them tips set aside; refunded and voided kept but not counted", async () => {
    const db = setup();
    const s = await load(db, "shop_exports/shopify_orders_export_petpads_2023-05_redacted.csv");
    expect(s).toMatchObject({ kind: "orders", status: "committed", rowsRead: 5121, inserted: 4913, rejected: 0 });
    expect(s.setAside).toEqual({ "Shopify tip lines: no product, no revenue": 208 });
    expect(s.format.preset).toBe("shopify_orders");
    expect(counts(db)).toEqual({ orders: 3885, lines: 4913, customers: 3602, guestOrders: 0, notCounted: 44 });
    // The same file again adds nothing.
    expect(await load(db, "shop_exports/shopify_orders_export_petpads_2023-05_redacted.csv")).toMatchObject({ inserted: 0, updated: 0, unchanged: 4913 });
    expect(counts(db)).toMatchObject({ orders: 3885, lines: 4913 });
  });

  it("Shopify orders (explorer, older 78-column layout): the 23 orders without an e-mail are guest checkouts, imported", async () => {
    const db = setup();
    const s = await load(db, "shop_exports/shopify_orders_export_explorer_2020-2022_redacted.csv");
    expect(s).toMatchObject({ rowsRead: 98, inserted: 97, rejected: 0, guestOrders: 23 }); // and one tip set aside
    expect(counts(db)).toMatchObject({ orders: 81, lines: 97, customers: 54, guestOrders: 23 });
  });

  it("WooCommerce orders: 576 rows of 336 orders", async () => {
    const db = setup();
    const s = await load(db, "shop_exports/woocommerce_orders_export_skincare_2025-11_12_redacted.csv");
    expect(s).toMatchObject({ rowsRead: 576, inserted: 576, rejected: 0 });
    expect(s.format.preset).toBe("woocommerce_orders");
    expect(counts(db)).toEqual({ orders: 336, lines: 576, customers: 321, guestOrders: 0, notCounted: 0 });
  });

  it("UCI Online Retail, European layout (December 2010): cancellations marked, identical lines merged, invoices without a customer as guests", async () => {
    const db = setup();
    const s = await load(db, "online_retail/online_retail_2010-12_EU_FORMAT_DERIVED.csv");
    expect(s.format.delimiter).toBe(";");
    expect(s).toMatchObject({ rowsRead: 42481, inserted: 41836, rejected: 0, guestOrders: 308 });
    // As Python's csv counts them; postage (POST, DOT, C2), fees and gift vouchers by StockCode.
    expect(s.setAside).toEqual({
      "Identical lines of one invoice, counted once (UCI Online Retail)": 500,
      "Postage and carriage lines: not a product, not revenue (UCI Online Retail)": 133,
      "Fees and charges (bank charges, marketplace fees, commission): not a product, not revenue (UCI Online Retail)": 10,
      "Gift voucher lines: a way to pay, not a product (UCI Online Retail)": 2,
    });
    expect(counts(db)).toEqual({ orders: 2009, lines: 41836, customers: 947, guestOrders: 308, notCounted: 315 }); // 10 of the C-invoices are guests'
  });
});
