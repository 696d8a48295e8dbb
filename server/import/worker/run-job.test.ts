import { describe, expect, it } from "vitest";
import { connectDb } from "@/db/client";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { AppFailure } from "@/lib/result";
import { importCsv } from "../import-csv";
import { runJob } from "./run-job";

// Undo and the demo reset write for seconds to minutes: they run on a worker thread, with the same
// results and refusals as on the request thread.
const newDb = tempDbPerTest();
const products = "sku,name,category\nA1,Mok,Keuken\nB2,Bord,Keuken\n";
const bytes = (text: string) =>
  (async function* () {
    yield Buffer.from(text);
  })();
const count = (file: string, sql: string) => {
  const db = connectDb(file);
  try {
    return db.$client.prepare(sql).pluck().get();
  } finally {
    db.$client.close();
  }
};

describe("runJob", () => {
  it("undoes an import on a worker thread, and the request thread's connection sees it", async () => {
    const { db, file } = newDb();
    const imported = await importCsv(db, { workspaceId: 1, timeZone: "UTC", userId: null, source: "api", fileName: "p.csv", bytes: bytes(products) });
    expect(await runJob(file, "undo-import", { workspaceId: 1, importId: imported.importId! })).toEqual({ removed: 2, restored: 0 });
    expect(db.$client.prepare("SELECT count(*) FROM products").pluck().get()).toBe(0);
    expect(db.$client.prepare("SELECT status FROM imports WHERE id = ?").pluck().get(imported.importId)).toBe("undone");
  });

  it("refuses as on the request thread: the same AppFailure, code and message", async () => {
    const { file } = newDb();
    const refused = runJob(file, "undo-import", { workspaceId: 1, importId: 99 });
    await expect(refused).rejects.toBeInstanceOf(AppFailure);
    await expect(refused).rejects.toMatchObject({ code: "not_found", message: "No import #99 in this workspace." });
  });

  it("resets a workspace to the demo shop", async () => {
    const { file } = newDb();
    const counts = await runJob(file, "reset-demo", { workspaceId: 1, userId: null });
    expect(counts.orders).toBeGreaterThan(1000);
    expect(count(file, "SELECT count(*) FROM orders WHERE workspace_id = 1")).toBe(counts.orders);
  }, 60_000);

  it("waits for another connection's write lock, as for a running import, then undoes, moves the time zone and clears", async () => {
    const { db, file } = newDb();
    const imported = await importCsv(db, { workspaceId: 1, timeZone: "UTC", userId: null, source: "api", fileName: "p.csv", bytes: bytes(products) });
    const settings = { name: "Shop", currency: "EUR", timezone: "Europe/London", locale: "nl" as const };
    for (const job of [
      () => runJob(file, "undo-import", { workspaceId: 1, importId: imported.importId! }),
      () => runJob(file, "update-settings", { workspaceId: 1, settings }),
      () => runJob(file, "clear-data", { workspaceId: 1 }),
    ]) {
      // As an import does: the write lock held well past the worker's start and its first statement,
      // then a write committed. Each job must wait for it and then run, not fail.
      const other = connectDb(file);
      other.$client.exec("BEGIN IMMEDIATE");
      other.$client.exec("UPDATE workspace_state SET data_version = data_version + 1 WHERE workspace_id = 1");
      const released = new Promise<void>((r) =>
        setTimeout(() => {
          other.$client.exec("COMMIT");
          other.$client.close();
          r();
        }, 2_000),
      );
      await expect(job()).resolves.not.toThrow();
      await released;
    }
    expect(count(file, "SELECT count(*) FROM products")).toBe(0);
    expect(count(file, "SELECT timezone || '/' || kpi_months_timezone FROM workspaces JOIN workspace_state ON workspace_id = id WHERE id = 1")).toBe(
      "Europe/London/Europe/London",
    );
  }, 60_000);
});
