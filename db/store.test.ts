import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { OrderLineRecord, RowBatch } from "@/lib/import";
import { makePeriod } from "@/lib/kpi/period";
import { connectDb, writeIfFree } from "./client";
import { openDb } from "./open-db";
import { openStore, workspaceFile } from "./store";
import { getKpis } from "./queries/kpis/get-kpis";
import { runImport } from "./queries/imports/run-import";
import { createWorkspace } from "./queries/workspaces/workspaces";
import { seedKpiFixture } from "./testing/kpi-fixture";
import { importRecords, orderLine } from "./testing/import-records";
import { writeLockIsFree } from "./testing/temp-db";

const dir = mkdtempSync(path.join(os.tmpdir(), "liftboard-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const newFile = () => path.join(dir, `${++n}`, "liftboard.db");
const SHOP = { name: "Second shop", currency: "EUR", timezone: "Europe/Amsterdam", locale: "en" } as const;
const lines = (prefix: string, count: number): OrderLineRecord[] =>
  Array.from({ length: count }, (_, i) => orderLine({ orderId: `${prefix}-${i}`, customerId: `${prefix}-C${i % 7}` }));
const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};
/** Whether another process could write `file` now, without waiting. */
const writable = (file: string, sql: string) => {
  const other = connectDb(file);
  try {
    return writeIfFree(other, () => other.$client.exec(sql));
  } finally {
    other.$client.close();
  }
};

describe("openStore: each workspace's data in a file of its own", () => {
  it("lets another workspace import, and the main file take writes, while an import holds its workspace", async () => {
    const file = newFile();
    const store = openStore(file);
    const second = createWorkspace(store.main, SHOP).id;
    // A large import into workspace 1, paused after its first batch with its transaction open.
    let resume!: () => void;
    const paused = new Promise<void>((r) => (resume = r));
    let firstWritten!: () => void;
    const written = new Promise<void>((r) => (firstWritten = r));
    async function* slow(): AsyncGenerator<RowBatch> {
      yield { kind: "orders", records: lines("BIG", 50), rejections: [], progress: { bytesRead: 0, rowsRead: 50, lastLine: 51 } };
      firstWritten();
      await paused;
      yield { kind: "orders", records: lines("BIG2", 50), rejections: [], progress: { bytesRead: 0, rowsRead: 100, lastLine: 101 } };
    }
    const big = runImport(store.workspace(1), { workspaceId: 1, userId: null, source: "cli", fileName: "big.csv", kind: "orders", batches: slow() });
    await written;
    expect(store.workspace(1).$client.inTransaction).toBe(true);

    // Workspace 1's file is held: a second import there would wait.
    expect(writeLockIsFree(workspaceFile(file, 1))).toBe(false);
    // The main file is not: a settings change of any workspace (or a saved report, a share view) goes through.
    expect(writable(file, "BEGIN IMMEDIATE; UPDATE workspaces SET name = 'Renamed' WHERE id = 2; COMMIT")).toBe(true);
    // A small import into the other workspace, from another process's connection, commits at once.
    const other = openStore(file, { busyTimeoutMs: 0 });
    const small = await importRecords(other.workspace(second), "orders", lines("SMALL", 3), { workspaceId: second });
    expect(small.status).toBe("committed");
    other.close();

    resume();
    expect((await big).status).toBe("committed");
    expect(rows(workspaceFile(file, 1), "SELECT count(*) FROM orders")).toBe(100);
    expect(rows(workspaceFile(file, second), "SELECT count(*) FROM orders")).toBe(3);
    // Nothing of either workspace in the other's file, nor in the main file.
    expect(rows(workspaceFile(file, 1), `SELECT count(*) FROM orders WHERE workspace_id <> 1`)).toBe(0);
    expect(rows(file, "SELECT count(*) FROM sqlite_master WHERE name = 'orders'")).toBe(0);
    store.close();
  });

  it("moves a database of one file into files per workspace, each workspace's figures unchanged", async () => {
    const file = newFile();
    const before = openDb(file);
    const { workspaceId } = seedKpiFixture(before);
    const second = createWorkspace(before, SHOP).id;
    await importRecords(before, "orders", lines("W2", 12), { workspaceId: second });
    const period = makePeriod("2025-01-01", "2026-12-31", "Europe/Amsterdam");
    const kpis = (db: typeof before, id: number) => getKpis(db, id, period, { segment: [] });
    const expected = { [workspaceId]: kpis(before, workspaceId), [second]: kpis(before, second) };
    const counts = (db: typeof before) =>
      db.$client.prepare("SELECT workspace_id, count(*) FROM orders GROUP BY 1 ORDER BY 1").raw().all() as [number, number][];
    const expectedCounts = counts(before);
    const maxOrderId = before.$client.prepare("SELECT max(id) FROM orders").pluck().get() as number;
    const workspaceCount = before.$client.prepare("SELECT count(*) FROM workspaces").pluck().get();
    before.$client.close();

    const store = openStore(file);
    expect(rows(file, "SELECT count(*) FROM sqlite_master WHERE name IN ('orders', 'order_facts', 'imports', 'workspace_state')")).toBe(0);
    expect(rows(file, "SELECT count(*) FROM workspaces")).toBe(workspaceCount);
    for (const id of [workspaceId, second]) {
      expect(kpis(store.workspace(id), id)).toEqual(expected[id]);
      expect(counts(store.workspace(id))).toEqual(expectedCounts.filter(([ws]) => ws === id));
    }
    // Ids go on after those the shared file gave out: the undo log and the saved views' ids stay unique.
    // (The first workspace's orders have the lower ids: without the shared sequence its next id would be reused.)
    await importRecords(store.workspace(workspaceId), "orders", lines("LATER", 1), { workspaceId });
    expect(store.workspace(workspaceId).$client.prepare("SELECT max(id) FROM orders").pluck().get()).toBeGreaterThan(maxOrderId);
    store.close();
    // The one-file database is a server's now: opened as one file, it would split its data again.
    expect(() => openDb(file)).toThrow(/keeps each workspace's data in a file of its own/);
  });

  it("moves a one-file database that lacks a column a later data migration added, and drops stale files beside it", async () => {
    const file = newFile();
    const before = openDb(file);
    await importRecords(before, "orders", lines("OLD", 4));
    // As a file from before a data migration that added customers.located_at.
    before.$client.exec("ALTER TABLE customers DROP COLUMN located_at");
    before.$client.close();
    // A file left in the folder (say, by an older backup) is not this database's.
    mkdirSync(path.dirname(workspaceFile(file, 0)), { recursive: true });
    writeFileSync(workspaceFile(file, 9), "stale");
    const store = openStore(file);
    expect(store.workspace(1).$client.prepare("SELECT count(*), count(located_at) FROM customers").raw().get()).toEqual([4, 0]);
    expect(existsSync(workspaceFile(file, 9))).toBe(false);
    store.close();
  });

  it("adopts a first file's currency after its commit, though the main file was written during the rebuild", async () => {
    const file = newFile();
    const store = openStore(file);
    const usd = lines("USD", 20).map((l) => ({ ...l, currency: "USD" }));
    let wrote = false;
    const summary = await importRecords(store.workspace(1), "orders", usd, {
      // Someone saves a report, another workspace's import adopts its currency, ...: the main file changes.
      onRefresh: () => {
        if (!wrote) wrote = writable(file, "UPDATE workspaces SET name = 'Renamed meanwhile' WHERE id = 1");
      },
    });
    expect(wrote).toBe(true);
    expect(summary).toMatchObject({ status: "committed", currencyAdopted: "USD" });
    expect(rows(file, "SELECT currency || ' ' || name FROM workspaces WHERE id = 1")).toBe("USD Renamed meanwhile");
    store.close();
  });

  it("starts a new server database with no data tables in the main file, and a workspace's file on first use", () => {
    const file = newFile();
    const store = openStore(file);
    expect(rows(file, "SELECT count(*) FROM sqlite_master WHERE name = 'orders'")).toBe(0);
    expect(existsSync(workspaceFile(file, 1))).toBe(false);
    expect(store.workspace(1).$client.prepare("SELECT count(*) FROM orders").pluck().get()).toBe(0);
    expect(existsSync(workspaceFile(file, 1))).toBe(true);
    store.close();
  });
});
