import { describe, expect, it } from "vitest";
import type { CustomerRecord, OrderLineRecord } from "@/lib/import";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importRecords, orderLine } from "../../testing/import-records";
import type { Db } from "../../client";
import { getSegmentTable } from "../segments/get-segment-table";
import { undoImport } from "./undo-import";
import { makePeriod } from "@/lib/kpi/period";

// A customer's city, region and country from their orders' addresses (Shopify's billing address,
// UCI's Country), when no customers file gives them: the rules of OrdersWriter.placeCustomers.
const newDb = tempDbPerTest();

type Address = { city?: string | null; region?: string | null; country?: string | null };
let lineNo = 0;
const order = (id: string, customer: string | null, at: string, address: Address = {}): OrderLineRecord =>
  orderLine({
    line: ++lineNo + 1,
    orderId: id,
    orderedAt: Date.parse(at),
    customerId: customer,
    lineNo,
    city: address.city ?? null,
    region: address.region ?? null,
    country: address.country ?? null,
  });
const customer = (id: string, address: Address): CustomerRecord => ({
  line: ++lineNo + 1,
  customerId: id,
  customerEmail: null,
  customerPhone: null,
  signupDate: null,
  birthYear: null,
  gender: null,
  city: address.city ?? null,
  region: address.region ?? null,
  country: address.country ?? null,
  channel: null,
  marketingOptOut: null,
  attributes: {},
});
const placeOf = (db: Db, key: string) =>
  db.$client.prepare("SELECT city, region, country FROM customers WHERE workspace_id = 1 AND customer_key = ?").get(key) as Address | undefined;
const undo = (db: Db, importId: number | null) => undoImport(db, 1, importId!);

const UTRECHT = { city: "Utrecht", region: "Utrecht", country: "NL" };
const ANTWERPEN = { city: "Antwerpen", region: "Antwerpen", country: "BE" };
const GENT = { city: "Gent", region: "Oost-Vlaanderen", country: "BE" };

describe("a customer's address from their orders", () => {
  it("is that of their latest order with one, wherever it is in the file; guests and orders without one place nobody", async () => {
    const { db } = newDb();
    await importRecords(db, "orders", [
      order("o3", "c1", "2025-10-05T10:00:00Z", ANTWERPEN),
      order("o1", "c1", "2025-10-01T10:00:00Z", UTRECHT),
      order("o4", "c1", "2025-10-09T10:00:00Z"), // later, but says nothing of where
      order("o2", "c2", "2025-10-02T10:00:00Z"),
      order("o5", null, "2025-10-03T10:00:00Z", GENT), // a guest checkout
      order("o6", "c3", "2025-10-04T10:00:00Z", { country: "DE" }),
    ]);
    expect(placeOf(db, "c1")).toEqual(ANTWERPEN);
    expect(placeOf(db, "c2")).toEqual({ city: null, region: null, country: null });
    expect(placeOf(db, "c3")).toEqual({ city: null, region: null, country: "DE" });
    const guests = db.$client.prepare("SELECT count(*) FROM customers WHERE guest AND (city IS NOT NULL OR country IS NOT NULL)").pluck().get();
    expect(guests).toBe(0);

    // The Segments page by region: one row per region, the customer without an address in "(unknown)".
    const table = getSegmentTable(db, 1, makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam"), { segment: [] }, { kind: "column", key: "region" });
    expect(table.rows.map((r) => [r.value, r.customers])).toEqual([
      ["Antwerpen", 1],
      ["(unknown)", 2],
    ]);
  });

  it("moves with a later order of a later import, not an earlier one; undo puts it back", async () => {
    const { db } = newDb();
    await importRecords(db, "orders", [order("o1", "c1", "2025-10-05T10:00:00Z", ANTWERPEN)]);
    const older = await importRecords(db, "orders", [order("o0", "c1", "2025-09-01T10:00:00Z", UTRECHT)]);
    expect(placeOf(db, "c1")).toEqual(ANTWERPEN);
    const later = await importRecords(db, "orders", [order("o9", "c1", "2025-11-01T10:00:00Z", GENT)]);
    expect(placeOf(db, "c1")).toEqual(GENT);
    undo(db, later.importId);
    expect(placeOf(db, "c1")).toEqual(ANTWERPEN);
    undo(db, older.importId);
    expect(placeOf(db, "c1")).toEqual(ANTWERPEN);
  });

  it("never overrules a customers file's address, given before or after the orders, until that file is undone", async () => {
    const { db } = newDb();
    await importRecords(db, "customers", [customer("c1", UTRECHT)]);
    await importRecords(db, "orders", [order("o1", "c1", "2025-10-05T10:00:00Z", ANTWERPEN)]);
    expect(placeOf(db, "c1")).toEqual(UTRECHT);

    const { db: after } = newDb();
    await importRecords(after, "orders", [order("o1", "c1", "2025-10-05T10:00:00Z", ANTWERPEN)]);
    // The same address in the customers file: nothing changes to see, but it is the customer's now.
    const file = await importRecords(after, "customers", [customer("c1", ANTWERPEN)]);
    expect(file).toMatchObject({ unchanged: 1, updated: 0 });
    await importRecords(after, "orders", [order("o2", "c1", "2025-11-05T10:00:00Z", GENT)]);
    expect(placeOf(after, "c1")).toEqual(ANTWERPEN);
    // Undone newest first: the orders file, then the customers file, after which orders place again.
    const again = after.$client.prepare("SELECT max(id) FROM imports").pluck();
    undo(after, again.get() as number);
    undo(after, file.importId);
    await importRecords(after, "orders", [order("o2", "c1", "2025-11-05T10:00:00Z", GENT)]);
    expect(placeOf(after, "c1")).toEqual(GENT);
  });

  it("takes a customers file's address whole over an order's, not mixed with it; undo gives the order's back", async () => {
    const { db } = newDb();
    await importRecords(db, "orders", [order("o1", "c1", "2025-10-05T10:00:00Z", ANTWERPEN)]);
    const file = await importRecords(db, "customers", [customer("c1", { country: "NL" })]);
    expect(placeOf(db, "c1")).toEqual({ city: null, region: null, country: "NL" });
    await importRecords(db, "orders", [order("o2", "c1", "2025-11-05T10:00:00Z", GENT)]);
    expect(placeOf(db, "c1")).toEqual({ city: null, region: null, country: "NL" });
    undo(db, db.$client.prepare("SELECT max(id) FROM imports").pluck().get() as number);
    undo(db, file.importId);
    expect(placeOf(db, "c1")).toEqual(ANTWERPEN);
  });
});
