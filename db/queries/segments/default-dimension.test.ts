import { describe, expect, it } from "vitest";
import type { OrderLineRecord } from "@/lib/import";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importRecords, orderLine } from "../../testing/import-records";
import type { Db } from "../../client";
import { REPORT_SOURCES } from "../reports/report-sources";
import { getWorkspaceBySlug } from "../workspaces/workspaces";
import { defaultSegmentDimension } from "./default-dimension";

const newDb = tempDbPerTest();
type Address = { region?: string; country?: string; city?: string };
const order = (id: string, customer: string | null, address: Address = {}): OrderLineRecord =>
  orderLine({ orderId: id, customerId: customer, region: address.region ?? null, country: address.country ?? null, city: address.city ?? null });
const withOrders = async (...orders: OrderLineRecord[]): Promise<Db> => {
  const { db } = newDb();
  await importRecords(db, "orders", orders);
  return db;
};
const open = (db: Db, kind: "segments" | "offers") => {
  const source = REPORT_SOURCES[kind];
  return source.load(db, getWorkspaceBySlug(db, "default")!, source.schema.parse({})) as { dimension: { key: string } };
};

describe("the breakdown the Segments and Offers pages open on", () => {
  it("is the region when customers have one, else their country, else their city", async () => {
    expect(defaultSegmentDimension(await withOrders(order("o1", "c1", { region: "Utrecht", country: "NL" }), order("o2", "c2")), 1)).toEqual({
      kind: "column",
      key: "region",
    });
    // UCI Online Retail gives countries only.
    const countries = await withOrders(order("o1", "c1", { country: "United Kingdom" }), order("o2", "c2", { country: "France" }));
    expect(defaultSegmentDimension(countries, 1)).toEqual({ kind: "column", key: "country" });
    expect(open(countries, "segments").dimension.key).toBe("country");
    expect(open(countries, "offers").dimension.key).toBe("country");
    expect(defaultSegmentDimension(await withOrders(order("o1", "c1", { city: "Midrand" })), 1)).toEqual({ kind: "column", key: "city" });
  });

  it("is the RFM groups when no customer column has a value; a guest's address counts for nothing", async () => {
    const db = await withOrders(order("o1", "c1"), order("o2", null, { region: "Utrecht" }));
    db.$client.prepare("UPDATE customers SET region = 'Utrecht' WHERE guest").run(); // as if a guest had kept one
    expect(defaultSegmentDimension(db, 1)).toEqual({ kind: "rfm", key: "rfm" });
    expect(open(db, "segments").dimension.key).toBe("rfm");
  });

  it("is what the view names when it names one", async () => {
    const db = await withOrders(order("o1", "c1", { country: "NL" }));
    const source = REPORT_SOURCES.segments;
    const named = source.load(db, getWorkspaceBySlug(db, "default")!, source.schema.parse({ by: "history" })) as { dimension: { key: string } };
    expect(named.dimension.key).toBe("history");
  });
});
