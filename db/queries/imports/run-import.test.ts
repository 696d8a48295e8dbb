import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import type { CampaignRecord, OfferRecord, OrderLineRecord, RowBatch } from "@/lib/import";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importRecords } from "../../testing/import-records";
import type { Db } from "../../client";
import { getKpis } from "../kpis/get-kpis";
import { ImportCancelled, runImport, type RunImportOptions } from "./run-import";
import { undoImport } from "./undo-import";

const newDb = tempDbPerTest();
function setup(): Db {
  const t = newDb();
  return t.db;
}

const line = (n: number, order: string, customer: string, sku: string, qty: number, price: number, at = "2025-10-01T10:00:00Z"): OrderLineRecord => ({
  line: n + 1,
  orderId: order,
  orderedAt: Date.parse(at),
  customerId: customer.includes("@") ? null : customer,
  customerEmail: customer.includes("@") ? customer : null,
  customerPhone: null,
  lineNo: n,
  sku,
  productName: `Product ${sku}`,
  category: sku.startsWith("C") ? "Coffee" : "Books",
  quantity: qty,
  unitPrice: price,
  discount: 0,
  status: "paid",
  channel: "web",
  currency: "EUR",
});

async function* batches(
  kind: "orders",
  records: OrderLineRecord[],
  opts: { rejections?: RowBatch["rejections"]; throwAfter?: number } = {},
): AsyncGenerator<RowBatch> {
  for (let i = 0; i < records.length; i += 2) {
    if (opts.throwAfter !== undefined && i >= opts.throwAfter) throw new Error("disk on fire");
    yield {
      kind,
      records: records.slice(i, i + 2),
      rejections: i === 0 ? (opts.rejections ?? []) : [],
      progress: { bytesRead: 0, rowsRead: Math.min(i + 2, records.length) + (opts.rejections?.length ?? 0), lastLine: i + 2 },
    };
  }
}

const FILE = [
  line(1, "o1", "c1", "C1", 1, 10),
  line(2, "o1", "c1", "B1", 2, 5),
  line(3, "o2", "ann@shop.nl", "C1", 1, 10),
  line(4, "o3", "c1", "C1", 3, 10, "2025-10-05T10:00:00Z"),
];
const run = (db: Db, records: OrderLineRecord[], extra: Partial<RunImportOptions> = {}) =>
  runImport(db, { workspaceId: 1, userId: null, source: "cli", fileName: "orders.csv", kind: "orders", batches: batches("orders", records), ...extra });
const count = (db: Db, table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
/** An order's lines: how many, and each one's SKU and quantity (by SKU). */
const linesOf = (db: Db, key: string) =>
  db.$client.prepare("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.order_key = ?").pluck().get(key);
const skusOf = (db: Db, key: string) =>
  db.$client
    .prepare(
      "SELECT p.sku, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id WHERE o.order_key = ? ORDER BY p.sku",
    )
    .all(key);
/** Imports run with SQLite's foreign-key checks off (run-import.ts): every reference must still hold, and the checks come back on. */
function expectReferencesIntact(db: Db): void {
  expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
}
const indexes = (db: Db) => db.$client.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();

describe("runImport of orders", () => {
  it("creates customers and products from the rows, hashes e-mail keys, and feeds the KPIs", async () => {
    const db = setup();
    const s = await run(db, FILE);
    expect(s).toMatchObject({ status: "committed", rowsRead: 4, inserted: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect([count(db, "orders"), count(db, "order_lines"), count(db, "customers"), count(db, "products")]).toEqual([3, 4, 2, 2]);
    expectReferencesIntact(db);
    const keys = db.$client.prepare("SELECT customer_key FROM customers ORDER BY id").pluck().all() as string[];
    expect(keys[0]).toBe("c1");
    expect(keys[1]).toMatch(/^email:[0-9a-f]{32}$/);
    expect(JSON.stringify(db.$client.prepare("SELECT * FROM customers").all())).not.toContain("ann@shop.nl");
    // c1: o1 (Coffee + Books, a cross-sell), o3 (3 × C1 > 1: a deep-sell).
    const k = getKpis(db, 1, { startMs: Date.parse("2025-10-01T00:00:00Z"), endMs: Date.parse("2025-10-31T00:00:00Z") }, { segment: [] });
    expect(k.crossSellRatio).toMatchObject({ numerator: 1, denominator: 2 });
    expect(k.deepSellRatio).toMatchObject({ numerator: 1, denominator: 2 });
    expect(k.aov).toMatchObject({ numerator: 20 + 10 + 30, denominator: 3 });
  });

  it("adds nothing twice: the same file again is unchanged, an overlapping export updates what changed", async () => {
    const db = setup();
    await run(db, FILE);
    expect(await run(db, FILE)).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    expect([count(db, "orders"), count(db, "order_lines")]).toEqual([3, 4]);
    // o1 now has one line fewer (a corrected export) and o4 is new.
    const next = [line(1, "o1", "c1", "C1", 1, 10), line(3, "o2", "ann@shop.nl", "C1", 1, 10), line(5, "o4", "c2", "B1", 1, 5)];
    expect(await run(db, next)).toMatchObject({ inserted: 1, updated: 1, unchanged: 1 });
    expect(linesOf(db, "o1")).toBe(1);
    expect([count(db, "orders"), count(db, "order_lines")]).toEqual([4, 4]);
  });

  it("re-importing the same file writes nothing: no order rewritten, nothing logged to undo, no customer reclassified", async () => {
    const db = setup();
    const first = await run(db, FILE);
    const facts = () => db.$client.prepare("SELECT * FROM order_facts ORDER BY order_id").all();
    const before = facts();
    const again = await run(db, FILE);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    // Every order still carries the first import's id, and the second left nothing for undo to restore.
    expect(db.$client.prepare("SELECT DISTINCT import_id FROM orders").pluck().all()).toEqual([first.importId]);
    expect(db.$client.prepare("SELECT DISTINCT import_id FROM order_lines").pluck().all()).toEqual([first.importId]);
    expect(db.$client.prepare("SELECT count(*) FROM import_changes WHERE import_id = ?").pluck().get(again.importId)).toBe(0);
    expect(facts()).toEqual(before);
    expect(undoImport(db, 1, again.importId!)).toEqual({ removed: 0, restored: 0 });
    expect([count(db, "orders"), count(db, "order_lines")]).toEqual([3, 4]);
  });

  it("an order found unchanged whose further lines come later in the file keeps its lines and gains those", async () => {
    const db = setup();
    await run(db, [line(1, "o1", "c1", "C1", 1, 10)]);
    // o1's stored line first (the same as stored), another order, then a second line of o1.
    const s = await run(db, [line(1, "o1", "c1", "C1", 1, 10), line(2, "o2", "c2", "B1", 1, 5), line(3, "o1", "c1", "B1", 2, 5)]);
    expect(s).toMatchObject({ inserted: 1, updated: 2, unchanged: 0 });
    expect(skusOf(db, "o1")).toEqual([
      { sku: "B1", quantity: 2 },
      { sku: "C1", quantity: 1 },
    ]);
    // Undone, o1 has its one line again.
    undoImport(db, 1, s.importId!);
    expect(linesOf(db, "o1")).toBe(1);
    expectReferencesIntact(db);
  });

  it("an order whose lines lie apart in the file is one order, into an empty workspace and into one with orders", async () => {
    const db = setup();
    const guest = (n: number, order: string, sku: string): OrderLineRecord => ({ ...line(n, order, "x", sku, 1, 4), customerId: null, customerEmail: null });
    const apart = (a: string, b: string, g: string) => [
      line(1, a, "c1", "C1", 1, 10),
      guest(2, g, "C1"),
      line(3, b, "c2", "B1", 1, 5),
      line(4, a, "c1", "B1", 2, 5),
      guest(5, g, "B1"),
    ];
    // The workspace's first orders.
    expect(await run(db, apart("o1", "o2", "g1"))).toMatchObject({ status: "committed", inserted: 5, updated: 0, guestOrders: 1 });
    expect([count(db, "orders"), count(db, "order_lines"), linesOf(db, "o1"), linesOf(db, "g1")]).toEqual([3, 5, 2, 2]);
    // Orders into a workspace that has some.
    expect(await run(db, apart("o3", "o4", "g2"))).toMatchObject({ status: "committed", inserted: 5, updated: 0, guestOrders: 1 });
    expect([count(db, "orders"), count(db, "order_lines"), linesOf(db, "o3"), linesOf(db, "g2")]).toEqual([6, 10, 2, 2]);
    expectReferencesIntact(db);
    const revenue = db.$client.prepare("SELECT o.order_key, f.revenue FROM order_facts f JOIN orders o ON o.id = f.order_id ORDER BY o.order_key").raw().all();
    expect(revenue).toEqual([
      ["g1", 8],
      ["g2", 8],
      ["o1", 20],
      ["o2", 5],
      ["o3", 20],
      ["o4", 5],
    ]);
  });

  it("undoes an import: what it added goes, what it changed comes back; newest first", async () => {
    const db = setup();
    const first = await run(db, FILE);
    const second = await run(db, [line(1, "o1", "c1", "C1", 9, 10), line(5, "o4", "c9", "X9", 1, 5)]);
    expectReferencesIntact(db);
    expect(() => undoImport(db, 1, first.importId!)).toThrow(/undo #2 first/);
    expect(undoImport(db, 1, second.importId!)).toEqual({ removed: 3, restored: 1 }); // o4, c9, X9 removed; o1 restored
    expect(skusOf(db, "o1")).toEqual([
      { sku: "B1", quantity: 2 },
      { sku: "C1", quantity: 1 },
    ]);
    expect([count(db, "orders"), count(db, "order_lines"), count(db, "customers"), count(db, "products")]).toEqual([3, 4, 2, 2]);
    expectReferencesIntact(db);
    expect(() => undoImport(db, 1, second.importId!)).toThrow(/already undone/);
    undoImport(db, 1, first.importId!);
    expect([count(db, "orders"), count(db, "order_lines"), count(db, "customers"), count(db, "products"), count(db, "order_facts")]).toEqual([0, 0, 0, 0, 0]);
  });

  it("a file larger than the table: indexes rebuilt at the end, the same as kept row by row; a rollback keeps them", async () => {
    const db = setup();
    const before = indexes(db);
    // 60,000 one-line orders of 5,000 customers: over the 50,000 lines and order facts at which deferring starts.
    const big = Array.from({ length: 60_000 }, (_, i) =>
      line(i, `b${i}`, `c${i % 5_000}`, `S${i % 40}`, 1 + (i % 4), 10, new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString()),
    );
    const many = async function* (records: OrderLineRecord[]): AsyncGenerator<RowBatch> {
      for (let i = 0; i < records.length; i += 5_000) {
        yield { kind: "orders", records: records.slice(i, i + 5_000), rejections: [], progress: { bytesRead: 0, rowsRead: i + 5_000, lastLine: i + 5_001 } };
      }
    };
    const opts = { workspaceId: 1, userId: null, source: "cli" as const, fileName: "big.csv", kind: "orders" as const };
    expect((await runImport(db, { ...opts, batches: many(big), dryRun: true })).status).toBe("dry_run");
    expect(indexes(db)).toEqual(before);
    expect(count(db, "orders")).toBe(0);
    const s = await runImport(db, { ...opts, batches: many(big) });
    expect(s).toMatchObject({ status: "committed", inserted: 60_000 });
    expect(indexes(db)).toEqual(before);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok"); // every index entry matches its table
    expectReferencesIntact(db);
    // The rebuilt indexes serve queries: one customer's orders by orders_customer_idx.
    const plan = db.$client.prepare("EXPLAIN QUERY PLAN SELECT id FROM orders WHERE workspace_id = 1 AND customer_id = 7 ORDER BY ordered_at").all();
    expect(JSON.stringify(plan)).toContain("orders_customer_idx");
    expect(
      db.$client
        .prepare("SELECT count(*) FROM orders WHERE workspace_id = 1 AND customer_id = (SELECT id FROM customers WHERE customer_key = 'c7')")
        .pluck()
        .get(),
    ).toBe(12);
    // The facts were classified before their indexes came back: the KPIs read them through those indexes.
    expect(getKpis(db, 1, { startMs: Date.UTC(2025, 0, 1), endMs: Date.UTC(2027, 0, 1) }, { segment: [] }).aov.denominator).toBe(60_000);
    expect(undoImport(db, 1, s.importId!).removed).toBe(60_000 + 5_000 + 40);
    expect([count(db, "orders"), count(db, "order_lines"), count(db, "order_facts")]).toEqual([0, 0, 0]);
  }, 30_000);

  it("undoing an import that is most of the database rebuilds the indexes over what is left: the earlier import reads as before", async () => {
    const db = setup();
    const period = { startMs: Date.UTC(2024, 0, 1), endMs: Date.UTC(2027, 0, 1) };
    const kept = await run(db, FILE);
    const kpisBefore = getKpis(db, 1, period, { segment: [] });
    const tables = ["orders", "order_lines", "order_facts", "customers", "order_slice_facts"];
    const countsBefore = tables.map((t) => count(db, t));
    const schema = indexes(db);
    // 60,000 one-line orders of 5,000 other customers: over the 50,000 rows at which bulkDelete rebuilds.
    const big = Array.from({ length: 60_000 }, (_, i) =>
      line(i, `b${i}`, `big${i % 5_000}`, `S${i % 40}`, 1, 10, new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString()),
    );
    const added = await runImport(db, {
      workspaceId: 1,
      userId: null,
      source: "cli",
      fileName: "big.csv",
      kind: "orders",
      batches: (async function* (): AsyncGenerator<RowBatch> {
        yield { kind: "orders", records: big, rejections: [], progress: { bytesRead: 0, rowsRead: 60_000, lastLine: 60_001 } };
      })(),
    });
    expect(undoImport(db, 1, added.importId!).removed).toBe(60_000 + 5_000 + 40);
    expect(indexes(db)).toEqual(schema);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok"); // each index holds exactly the rows left
    expectReferencesIntact(db);
    expect(tables.map((t) => count(db, t))).toEqual(countsBefore);
    expect(getKpis(db, 1, period, { segment: [] })).toEqual(kpisBefore);
    expect(kept.status).toBe("committed");
  }, 30_000);

  it("writes nothing when the parser fails midway, on a dry run, or when too many rows are rejected", async () => {
    const db = setup();
    await expect(
      runImport(db, { workspaceId: 1, userId: null, source: "cli", fileName: "x.csv", kind: "orders", batches: batches("orders", FILE, { throwAfter: 2 }) }),
    ).rejects.toThrow("disk on fire");
    expect([count(db, "imports"), count(db, "orders"), count(db, "customers")]).toEqual([0, 0, 0]);

    expect(await run(db, FILE, { dryRun: true })).toMatchObject({ status: "dry_run", importId: null, inserted: 4 });
    expect([count(db, "imports"), count(db, "orders")]).toEqual([0, 0]);

    const rejections = [{ line: 9, column: "quantity", value: "x", message: "expected a number" }];
    const tooMany = await runImport(db, {
      workspaceId: 1,
      userId: null,
      source: "cli",
      fileName: "x.csv",
      kind: "orders",
      batches: batches("orders", FILE, { rejections }),
    });
    expect(tooMany).toMatchObject({ status: "needs_confirmation", rejected: 1, rowsRead: 5, errors: rejections }); // 1 of 5 > 5%
    expect(count(db, "orders")).toBe(0);
    const accepted = await runImport(db, {
      workspaceId: 1,
      userId: null,
      source: "cli",
      fileName: "x.csv",
      kind: "orders",
      batches: batches("orders", FILE, { rejections }),
      acceptRejected: true,
    });
    expect(accepted).toMatchObject({ status: "committed", rejected: 1, inserted: 4 });
  });

  it("writes nothing when cancelled while its last batch is written", async () => {
    const db = setup();
    const cancel = new AbortController();
    async function* thenCancelled() {
      yield* batches("orders", FILE);
      cancel.abort(); // runImport asks for more once the last batch is written: the cancel came meanwhile
    }
    const cancelled = runImport(db, {
      workspaceId: 1,
      userId: null,
      source: "cli",
      fileName: "x.csv",
      kind: "orders",
      batches: thenCancelled(),
      signal: cancel.signal,
    });
    await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);
    expect([count(db, "imports"), count(db, "orders"), count(db, "order_facts")]).toEqual([0, 0, 0]);
  });

  it("writes nothing when cancelled while the figures are rebuilt after its last row", async () => {
    const db = setup();
    const version = () => db.$client.prepare("SELECT data_version FROM workspace_state WHERE workspace_id = 1").pluck().get() as number | undefined;
    const before = version() ?? 0;
    // The rebuild raises data_version first (in the import's transaction, which this connection sees):
    // from then on the import is cancelled, as the worker's shared flag would say.
    const signal = {
      get aborted() {
        return (version() ?? 0) > before;
      },
    };
    const steps: number[] = [];
    await expect(run(db, FILE, { signal, onRefresh: (s) => steps.push(s.done) })).rejects.toBeInstanceOf(ImportCancelled);
    expect(steps).toEqual([]); // stopped at the rebuild's first checkpoint
    expect([count(db, "imports"), count(db, "orders"), count(db, "order_facts"), count(db, "customers"), version() ?? 0]).toEqual([0, 0, 0, 0, before]);
    expect(db.$client.inTransaction).toBe(false);
  });

  it("tells how far the rebuild has come: customers classified, of those the import touched, as the sorted scope is read", async () => {
    const db = setup();
    // 5,000 new customers, one order line each: the whole workspace, sorted at once and read 2,048 rows at a
    // time; a chunk's last customer is written with the next chunk.
    const records = Array.from({ length: 5_000 }, (_, i) => line(i, `o${i}`, `c${i}`, "C1", 1, 10));
    const steps: string[] = [];
    const summary = await run(db, records, { onRefresh: (s) => steps.push(`${s.done}/${s.total}`) });
    expect(summary.status).toBe("committed");
    expect(steps).toEqual(["0/5000", "2047/5000", "4095/5000", "5000/5000"]);
    expect(count(db, "order_facts")).toBe(5_000);
  });

  it("tells how far the rebuild has come for a few of many customers: 500 at a time", async () => {
    const db = setup();
    await run(
      db,
      Array.from({ length: 5_000 }, (_, i) => line(i, `o${i}`, `c${i}`, "C1", 1, 10)),
    );
    // A second order for 1,200 of them: less than a quarter of the workspace, read customer by customer.
    const records = Array.from({ length: 1_200 }, (_, i) => line(i, `p${i}`, `c${i * 4}`, "C1", 1, 10, "2025-10-09T10:00:00Z"));
    const steps: string[] = [];
    const summary = await run(db, records, { onRefresh: (s) => steps.push(`${s.done}/${s.total}`) });
    expect(summary.status).toBe("committed");
    expect(steps).toEqual(["0/1200", "500/1200", "1000/1200", "1200/1200"]);
    expect(count(db, "order_facts")).toBe(6_200);
  });

  it("waits for another connection's write lock as long as its busy timeout, once, then says the database is locked", async () => {
    const t = newDb();
    const other = new Database(t.file);
    other.exec("BEGIN IMMEDIATE");
    t.db.$client.pragma("busy_timeout = 500");
    try {
      const started = Date.now();
      await expect(
        runImport(t.db, { workspaceId: 1, userId: null, source: "cli", fileName: "x.csv", kind: "orders", batches: batches("orders", FILE) }),
      ).rejects.toMatchObject({ code: "SQLITE_BUSY" });
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(500);
      expect(waited).toBeLessThan(900); // not the timeout twice over
      expect(t.db.$client.pragma("busy_timeout", { simple: true })).toBe(500);
      expect(t.db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(t.db.$client.inTransaction).toBe(false);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  });

  it("stops waiting for another connection's write lock when cancelled, having written nothing", async () => {
    const t = newDb();
    const other = new Database(t.file);
    other.exec("BEGIN IMMEDIATE");
    try {
      const cancel = new AbortController();
      let waiting = 0;
      const started = Date.now();
      const cancelled = runImport(t.db, {
        workspaceId: 1,
        userId: null,
        source: "cli",
        fileName: "x.csv",
        kind: "orders",
        batches: batches("orders", FILE),
        signal: cancel.signal,
        onWaitingForLock: () => waiting++,
      });
      await new Promise((r) => setTimeout(r, 300));
      cancel.abort();
      await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);
      expect(waiting).toBe(1);
      expect(Date.now() - started).toBeLessThan(2_000); // not the connection's 5 s busy timeout
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect(count(t.db, "imports")).toBe(0);
  });
});

describe("runImport of offers", () => {
  it("rejects offers of an unknown campaign with the reason", async () => {
    const db = setup();
    const offer: OfferRecord = {
      line: 2,
      offerId: null,
      customerId: "c1",
      customerEmail: null,
      customerPhone: null,
      campaignId: "NOPE",
      shownAt: 0,
      accepted: true,
      variant: "A",
      placement: "cart",
      orderId: null,
      revenue: null,
    };
    const s = await importRecords(db, "offers", [offer], { acceptRejected: true });
    expect(s.errors).toEqual([
      { line: 2, column: "campaign_id", value: "NOPE", message: 'Unknown campaign "NOPE": import the campaigns file first, or correct the id.' },
    ]);
    expect(count(db, "offers")).toBe(0);
  });

  it("undo counts an offer and the customer it created once each, though the customer's delete takes the offer with it", async () => {
    const db = setup();
    const campaign: CampaignRecord = {
      line: 2,
      campaignId: "C1",
      name: "Cross",
      type: "cross_sell",
      startDate: "2025-01-01",
      endDate: null,
      cost: 100,
      channel: null,
      placement: null,
      targetSegment: null,
      promotedSkus: [],
    };
    const offer: OfferRecord = {
      line: 2,
      offerId: "f1",
      customerId: "cX",
      customerEmail: null,
      customerPhone: null,
      campaignId: "C1",
      shownAt: Date.UTC(2025, 0, 2),
      accepted: true,
      variant: "A",
      placement: "cart",
      orderId: null,
      revenue: 10,
    };
    await importRecords(db, "campaigns", [campaign]);
    const offers = await importRecords(db, "offers", [offer]);
    expect([count(db, "offers"), count(db, "customers")]).toEqual([1, 1]);
    expect(undoImport(db, 1, offers.importId!)).toEqual({ removed: 2, restored: 0 });
    expect([count(db, "offers"), count(db, "customers"), count(db, "campaigns")]).toEqual([0, 0, 1]);
    expectReferencesIntact(db);
  });
});

describe("runImport of products", () => {
  it("keeps the shop's declared pairs with each product, and undo gives the previous lists back", async () => {
    const db = setup();
    const product = (crossSells: string[] | undefined) => ({
      line: 2,
      sku: "HOODIE",
      name: "Hoodie",
      category: "Hoodies",
      family: null,
      tier: null,
      price: 45,
      cost: null,
      upsells: [],
      crossSells,
    });
    const stored = () => db.$client.prepare("SELECT declared_upsells AS up, declared_cross_sells AS cross FROM products WHERE sku = 'HOODIE'").get();
    await importRecords(db, "products", [product(["BEANIE"])]);
    expect(stored()).toEqual({ up: "[]", cross: '["BEANIE"]' });
    const second = await importRecords(db, "products", [product(["BEANIE", "CAP"])]);
    expect(second).toMatchObject({ updated: 1 });
    expect(stored()).toEqual({ up: "[]", cross: '["BEANIE","CAP"]' });
    // A file without the columns says nothing about them: the lists stay.
    await importRecords(db, "products", [{ ...product(undefined), upsells: undefined, price: 49 }]);
    expect(stored()).toEqual({ up: "[]", cross: '["BEANIE","CAP"]' });
    for (const id of [3, 2]) undoImport(db, 1, id);
    expect(stored()).toEqual({ up: "[]", cross: '["BEANIE"]' });
  });
});

describe("runImport's connection settings", () => {
  it("are restored when the import cannot even start (another writer holds the database)", async () => {
    const t = newDb();
    const other = new Database(t.file);
    other.exec("BEGIN IMMEDIATE");
    try {
      t.db.$client.pragma("busy_timeout = 50");
      const cache = t.db.$client.pragma("cache_size", { simple: true });
      await expect(run(t.db, FILE)).rejects.toThrow(/locked|busy/i);
      expect(t.db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(t.db.$client.pragma("cache_size", { simple: true })).toBe(cache);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  });

  it("are restored after an import that commits: views keep the small page cache their sorts are fast with", async () => {
    const { db } = newDb();
    const before = ["cache_size", "threads", "foreign_keys"].map((p) => db.$client.pragma(p, { simple: true }));
    expect(before).toEqual([-2000, 2, 1]); // as openDb sets them
    expect(await run(db, FILE)).toMatchObject({ status: "committed" });
    expect(["cache_size", "threads", "foreign_keys"].map((p) => db.$client.pragma(p, { simple: true }))).toEqual(before);
  });
});
