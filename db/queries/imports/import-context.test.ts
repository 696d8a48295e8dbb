import { describe, expect, it } from "vitest";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { ImportContext } from "./import-context";

const newDb = tempDbPerTest();

describe("ImportContext's customers", () => {
  it("finds every customer again after the bounded cache has let them go", () => {
    const t = newDb();
    const sqlite = t.db.$client;
    const importId = Number(
      sqlite.prepare("INSERT INTO imports (workspace_id, kind, source, status, created_at) VALUES (1, 'orders', 'cli', 'committed', 0)").run().lastInsertRowid,
    );
    sqlite.prepare("INSERT INTO customers (workspace_id, customer_key) VALUES (1, 'old')").run();
    const ctx = new ImportContext(sqlite, 1, importId, "salt", 2); // room for two keys

    const ids = ["a", "b", "c", "d"].map((k) => ctx.customerId(k));
    expect(new Set(ids).size).toBe(4);
    // "a" and "b" were evicted: asked again, they are read back, not created twice.
    expect(["a", "b", "c", "d"].map((k) => ctx.customerId(k))).toEqual(ids);
    expect(ctx.findCustomer("a")).toBe(ids[0]);
    expect(ctx.findCustomer("old")).toBeGreaterThan(0); // stored before the import
    expect(ctx.findCustomer("nobody")).toBeUndefined();
    expect(sqlite.prepare("SELECT count(*) FROM customers WHERE workspace_id = 1").pluck().get()).toBe(5);
    expect(sqlite.prepare("SELECT count(*) FROM customers WHERE import_id = ?").pluck().get(importId)).toBe(4);
  });
});
