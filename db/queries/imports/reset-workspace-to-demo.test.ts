import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../open-db";
import type { Db } from "../../client";
import { generateDemo } from "@/lib/demo/generate-demo";
import { resetWorkspaceToDemo, type DemoResetResult } from "./reset-workspace-to-demo";

const TABLES = ["customers", "customer_attributes", "products", "orders", "order_lines", "campaigns", "offers", "feedback"] as const;
const SEED = 5;
const SCALE = 0.2;

let dir: string;
let db: Db;
let defaultId: number;
let otherId: number;

const count = (table: string, workspaceId: number): number =>
  db.$client.prepare(`SELECT COUNT(*) FROM ${table} WHERE workspace_id = ?`).pluck().get(workspaceId) as number;
const snapshot = (workspaceId: number): Record<string, unknown[]> =>
  Object.fromEntries([...TABLES, "imports"].map((t) => [t, db.$client.prepare(`SELECT * FROM ${t} WHERE workspace_id = ? ORDER BY 1, 2, 3`).all(workspaceId)]));

/** A tiny hand-made data set in a second workspace, which a reset of `default` must not touch. */
function seedOtherWorkspace(): number {
  const s = db.$client;
  const ws = Number(s.prepare("INSERT INTO workspaces (name, slug, hash_salt, created_at) VALUES ('Other', 'other', 'salt', 0)").run().lastInsertRowid);
  const imp = Number(s.prepare("INSERT INTO imports (workspace_id, kind, source, created_at) VALUES (?, 'orders', 'upload', 0)").run(ws).lastInsertRowid);
  const customer = Number(s.prepare("INSERT INTO customers (workspace_id, customer_key, import_id) VALUES (?, 'C000001', ?)").run(ws, imp).lastInsertRowid);
  s.prepare("INSERT INTO customer_attributes (workspace_id, customer_id, key, value) VALUES (?, ?, 'loyalty_tier', 'gold')").run(ws, customer);
  const product = Number(s.prepare("INSERT INTO products (workspace_id, sku, price) VALUES (?, 'SPH-001', 10)").run(ws).lastInsertRowid);
  const order = Number(
    s.prepare("INSERT INTO orders (workspace_id, order_key, customer_id, ordered_at, import_id) VALUES (?, 'O0000001', ?, 0, ?)").run(ws, customer, imp)
      .lastInsertRowid,
  );
  s.prepare("INSERT INTO order_lines (workspace_id, order_id, line_no, product_id, quantity, unit_price) VALUES (?, ?, 1, ?, 2, 10)").run(ws, order, product);
  const campaign = Number(
    s
      .prepare("INSERT INTO campaigns (workspace_id, campaign_key, name, type, start_date) VALUES (?, 'CMP-XSELL-ACC', 'Mine', 'cross_sell', '2025-01-01')")
      .run(ws).lastInsertRowid,
  );
  s.prepare("INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, shown_at, accepted) VALUES (?, 'OF0000001', ?, ?, 0, 1)").run(
    ws,
    customer,
    campaign,
  );
  s.prepare("INSERT INTO feedback (workspace_id, customer_id, date, rating, scale) VALUES (?, ?, '2025-01-02', 4, 5)").run(ws, customer);
  return ws;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "liftboard-demo-"));
  db = openDb(path.join(dir, "test.db"));
  defaultId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  otherId = seedOtherWorkspace();
  db.$client.prepare("INSERT INTO user (id, name, email, created_at, updated_at) VALUES ('u1', 'Owner', 'owner@example.test', 0, 0)").run();
});

afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("resetWorkspaceToDemo", () => {
  let first: DemoResetResult;
  let other: Record<string, unknown[]>;

  it("writes exactly the generated demo into the workspace, every row tagged with the import", () => {
    other = snapshot(otherId);
    first = resetWorkspaceToDemo(db, defaultId, { seed: SEED, scale: SCALE, userId: "u1" });
    const demo = generateDemo({ seed: SEED, scale: SCALE });
    const expected = {
      customers: demo.customers.length,
      products: demo.products.length,
      orders: demo.orders.length,
      orderLines: demo.orderLines.length,
      campaigns: demo.campaigns.length,
      offers: demo.offers.length,
      feedback: demo.feedback.length,
    };
    expect(first).toMatchObject(expected);
    expect({
      customers: count("customers", defaultId),
      products: count("products", defaultId),
      orders: count("orders", defaultId),
      orderLines: count("order_lines", defaultId),
      campaigns: count("campaigns", defaultId),
      offers: count("offers", defaultId),
      feedback: count("feedback", defaultId),
    }).toEqual(expected);
    expect(count("customer_attributes", defaultId)).toBe(demo.customerAttributes.length);

    for (const t of TABLES) {
      const untagged = db.$client.prepare(`SELECT COUNT(*) FROM ${t} WHERE workspace_id = ? AND import_id IS NOT ?`).pluck().get(defaultId, first.importId);
      expect(untagged, t).toBe(0);
    }
    const imp = db.$client.prepare("SELECT * FROM imports WHERE workspace_id = ?").all(defaultId) as Record<string, unknown>[];
    const total = Object.values(expected).reduce((a, b) => a + b, 0) + demo.customerAttributes.length;
    expect(imp).toHaveLength(1);
    expect(imp[0]).toMatchObject({ id: first.importId, kind: "demo", source: "demo", file_name: null, created_by: "u1", rows_read: total, inserted: total });
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("maps keys to ids and stores timestamps in ms", () => {
    const demo = generateDemo({ seed: SEED, scale: SCALE });
    const o = demo.orders[100];
    const row = db.$client
      .prepare(
        "SELECT o.ordered_at, o.status, c.customer_key FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.workspace_id = ? AND o.order_key = ?",
      )
      .get(defaultId, o.orderKey);
    expect(row).toEqual({ ordered_at: o.orderedAt.getTime(), status: o.status, customer_key: o.customerKey });
    const lines = db.$client
      .prepare(
        "SELECT p.sku, l.line_no, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id WHERE o.workspace_id = ? AND o.order_key = ? ORDER BY l.line_no",
      )
      .all(defaultId, o.orderKey);
    expect(lines).toEqual(demo.orderLines.filter((l) => l.orderKey === o.orderKey).map((l) => ({ sku: l.sku, line_no: l.lineNo, quantity: l.quantity })));
    const accepted = demo.offers.find((f) => f.accepted)!;
    const offer = db.$client
      .prepare("SELECT f.order_key, c.campaign_key FROM offers f JOIN campaigns c ON c.id = f.campaign_id WHERE f.workspace_id = ? AND f.offer_key = ?")
      .get(defaultId, accepted.offerKey);
    expect(offer).toEqual({ order_key: accepted.orderKey, campaign_key: accepted.campaignKey });
  });

  it("replaces instead of adding when run again, and leaves other workspaces alone", () => {
    const again = resetWorkspaceToDemo(db, defaultId, { seed: SEED, scale: SCALE });
    expect({ ...again, importId: 0 }).toEqual({ ...first, importId: 0 });
    expect(again.importId).not.toBe(first.importId);
    expect(count("orders", defaultId)).toBe(first.orders);
    expect(count("order_lines", defaultId)).toBe(first.orderLines);
    expect(count("imports", defaultId)).toBe(1);
    expect(snapshot(otherId)).toEqual(other);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("changes nothing when it fails", () => {
    const before = count("orders", defaultId);
    expect(() => resetWorkspaceToDemo(db, defaultId, { seed: 9, scale: SCALE, userId: "no-such-user" })).toThrow();
    expect(count("orders", defaultId)).toBe(before);
    expect(count("imports", defaultId)).toBe(1);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  // Its speed is a benchmark concern (docs/benchmarks.md), not asserted here.
  it("resets to the full-size default demo", () => {
    const result = resetWorkspaceToDemo(db, defaultId);
    expect(result.orders).toBeGreaterThan(34_900); // about 36,000 (lib/demo/generate-demo.ts)
    expect(count("orders", defaultId)).toBe(result.orders);
    expect(count("order_lines", defaultId)).toBe(result.orderLines);
    expect(count("offers", defaultId)).toBe(result.offers);
    expect(snapshot(otherId)).toEqual(other);
  });
});
