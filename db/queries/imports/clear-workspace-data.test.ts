import { describe, expect, it } from "vitest";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { fixtureDb } from "@/db/testing/fixture-db";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { clearWorkspaceData } from "./clear-workspace-data";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const newDb = tempDbPerTest();

// What a workspace keeps when its data is cleared: its people, access and saved views, and its data
// version (raised by the clear, so that no answer cached before it is served).
const KEPT = ["memberships", "invites", "api_tokens", "saved_reports", "share_links", "workspace_state"];

describe("clearWorkspaceData", () => {
  it("leaves no row of the workspace in any data or derived table, including tables added later", () => {
    const tables = (db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter(
      (t) => (db.$client.prepare("SELECT count(*) FROM pragma_table_info(?) WHERE name = 'workspace_id'").pluck().get(t) as number) > 0,
    );
    const rows = (t: string) => db.$client.prepare(`SELECT count(*) FROM "${t}" WHERE workspace_id = ?`).pluck().get(workspaceId) as number;
    for (const t of ["orders", "order_facts", "kpi_hours", "kpi_months", "customer_facts", "offers"]) expect(rows(t), t).toBeGreaterThan(0);

    const slices = () => db.$client.prepare("SELECT count(*) FROM order_slice_facts").pluck().get() as number;
    expect(slices()).toBeGreaterThan(0);

    // As inside an import, whose foreign-key checks are off: no cascade clears the slices' rows.
    db.$client.pragma("foreign_keys = OFF");
    db.$client.transaction(() => clearWorkspaceData(db, workspaceId))();
    db.$client.pragma("foreign_keys = ON");
    for (const t of tables.filter((t) => !KEPT.includes(t))) expect(rows(t), t).toBe(0);
    expect(slices(), "order_slice_facts (keyed by slice, no workspace_id)").toBe(0);
  });

  it("clears a workspace that is most of the database through rebuilt indexes: the other workspace keeps every row and index", () => {
    const { db } = newDb();
    const sqlite = db.$client;
    sqlite.prepare("INSERT INTO workspaces (id, name, slug, hash_salt, created_at) VALUES (2, 'Big shop', 'big', 'salt', 0)").run();
    const shop = (ws: number, n: number) => {
      const customer = sqlite.prepare("INSERT INTO customers (workspace_id, customer_key) VALUES (?, ?)");
      const order = sqlite.prepare("INSERT INTO orders (workspace_id, order_key, customer_id, ordered_at) VALUES (?, ?, ?, ?)");
      for (let i = 0; i < n; i++) order.run(ws, `O-${i}`, customer.run(ws, `C-${i}`).lastInsertRowid, 1_700_000_000_000 + i);
    };
    // Over 50,000 rows and most of each table: its indexes are dropped and built again over the rest.
    sqlite.transaction(() => {
      shop(1, 3);
      shop(2, 60_000);
    })();
    const schema = () => sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    const before = schema();
    const rows = (table: string, ws: number) => sqlite.prepare(`SELECT count(*) FROM ${table} WHERE workspace_id = ?`).pluck().get(ws);
    sqlite.transaction(() => clearWorkspaceData(db, 2))();
    expect([rows("orders", 2), rows("customers", 2)]).toEqual([0, 0]);
    expect([rows("orders", 1), rows("customers", 1)]).toEqual([3, 3]);
    expect(schema()).toEqual(before);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok"); // each index holds exactly the rows left
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(sqlite.prepare("SELECT customer_id FROM orders WHERE workspace_id = 1 AND order_key = 'O-2'").pluck().get()).toBe(
      sqlite.prepare("SELECT id FROM customers WHERE workspace_id = 1 AND customer_key = 'C-2'").pluck().get(),
    );
  });
});
