import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectDb } from "@/db/client";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { tempDbPerTest, writeLockIsFree } from "@/db/testing/temp-db";
import { ImportFileError } from "@/lib/import";
import { importCsv } from "../import-csv";
import { importCsvInWorker } from "./import-in-worker";

// The upload's import runs on a worker thread: the same answers and refusals as importCsv on the
// request thread, bytes fed a few chunks at a time, and a cancelled upload leaving nothing behind.
const newDb = tempDbPerTest();
const base = { workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "api" as const, fileName: "x.csv" };
const SHOPIFY = readFileSync(path.join(process.cwd(), "lib/import/fixtures/shopify-orders-small.csv"));
const products = (n: number) => "sku,name,category\n" + Array.from({ length: n }, (_, i) => `SKU-${i},Product ${i},Group ${i % 7}`).join("\n") + "\n";
/** `text` in chunks of `size` bytes, as a slow upload arrives. */
async function* chunked(text: string | Buffer, size: number, failAfter = Infinity) {
  const b = Buffer.from(text);
  for (let i = 0, n = 0; i < b.length; i += size, n++) {
    if (n >= failAfter) throw new Error("connection reset");
    yield b.subarray(i, i + size); // views into one buffer, as Node hands out: each must travel as its own bytes
  }
}
const count = (file: string, sql: string) => {
  const db = connectDb(file);
  try {
    return db.$client.prepare(sql).pluck().get() as number;
  } finally {
    db.$client.close();
  }
};

describe("importCsvInWorker", () => {
  it("imports an orders export exactly as importCsv does on the request thread", async () => {
    const inWorker = newDb();
    const inThread = newDb();
    const progress: number[] = [];
    const a = await importCsvInWorker(inWorker.file, {
      ...base,
      acceptRejected: true,
      bytes: chunked(SHOPIFY, 97),
      onProgress: (p) => progress.push(p.rowsRead),
      onWaitingForLock: () => progress.push(-1), // the lock is free: never called
    });
    const b = await importCsv(inThread.db, { ...base, acceptRejected: true, bytes: chunked(SHOPIFY, 97) });
    expect(a.status).toBe("committed");
    expect({ ...a, importId: 0 }).toEqual({ ...b, importId: 0 });
    expect(progress.at(-1)).toBe(a.rowsRead);
    expect(progress).not.toContain(-1);
    const facts = "SELECT group_concat(order_id || ':' || seq || ':' || cross_sell || ':' || revenue, ',') FROM (SELECT * FROM order_facts ORDER BY order_id)";
    expect(count(inWorker.file, facts)).toEqual(count(inThread.file, facts));
    expect(count(inWorker.file, "SELECT count(*) FROM order_facts")).toBeGreaterThan(0);
  });

  it("feeds a file of thousands of chunks through without losing or reordering a byte", async () => {
    const { file } = newDb();
    const summary = await importCsvInWorker(file, { ...base, bytes: chunked(products(5_000), 61) });
    expect(summary).toMatchObject({ status: "committed", inserted: 5_000, rejected: 0 });
    expect(count(file, "SELECT count(*) FROM products WHERE name = 'Product ' || substr(sku, 5)")).toBe(5_000);
  });

  it("refuses a file without its required columns with the same error, and writes nothing", async () => {
    const { file } = newDb();
    const refusal = importCsvInWorker(file, { ...base, kind: "products", bytes: chunked("code,omschr_x\nA1,Mok\n", 8) });
    await expect(refusal).rejects.toBeInstanceOf(ImportFileError);
    await expect(refusal).rejects.toThrow(/Required columns missing: SKU, name/);
    expect(count(file, "SELECT count(*) FROM imports")).toBe(0);
  });

  it("cancels when the upload breaks off, leaving the data as it was", async () => {
    const { file } = newDb();
    const cancelled = importCsvInWorker(file, { ...base, bytes: chunked(products(5_000), 1_000, 40) });
    await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);
    expect(count(file, "SELECT count(*) FROM imports")).toBe(0);
    expect(count(file, "SELECT count(*) FROM products")).toBe(0);
  });

  it("waits for SQLite's write lock held by another import instead of failing", async () => {
    const { file } = newDb();
    const other = connectDb(file);
    other.$client.exec("BEGIN IMMEDIATE");
    let done = false;
    let told = 0; // the uploader then says it waits for an import into another workspace
    const waiting = importCsvInWorker(file, { ...base, bytes: chunked(products(10), 64), onWaitingForLock: () => told++ }).finally(() => (done = true));
    // Longer than a request's connection waits (busy_timeout) before it gives up.
    await new Promise((r) => setTimeout(r, 5_500));
    expect(done).toBe(false);
    expect(told).toBe(1);
    other.$client.exec("COMMIT");
    other.$client.close();
    await expect(waiting).resolves.toMatchObject({ status: "committed", inserted: 10 });
  }, 20_000);

  it("receives the whole upload before it takes the write lock: a stalled upload keeps no other workspace waiting", async () => {
    const { file } = newDb();
    let resume!: () => void;
    const resumed = new Promise<void>((r) => (resume = r));
    let stalled = false;
    const received: number[] = [];
    const first = products(60_000); // past the 1 MB detection sample
    async function* stalling() {
      yield* chunked(first, 65_536);
      stalled = true; // the client stops sending for a while
      await resumed;
      yield Buffer.from("SKU-Z,Last,Group 1\n");
    }
    const importing = importCsvInWorker(file, { ...base, bytes: stalling(), onReceived: (n) => received.push(n) });
    for (let t = 0; !(stalled && received.length) && t < 1_000; t++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200)); // the chunks in flight reach the worker
    // Received beside the database, not in the system's temporary folder (which may be memory).
    const uploads = path.join(path.dirname(file), "uploads");
    expect(readdirSync(uploads)).toEqual([expect.stringMatching(/^upload-/)]);
    expect(writeLockIsFree(file)).toBe(true);
    resume();
    await expect(importing).resolves.toMatchObject({ status: "committed", inserted: 60_001 });
    // The uploader's bar: a megabyte at a time while it arrives, and all of it at the end.
    expect(received.at(-1)).toBe(Buffer.byteLength(first) + Buffer.byteLength("SKU-Z,Last,Group 1\n"));
    expect(received[0]).toBe(1 << 20);
    expect(readdirSync(uploads)).toEqual([]);
  }, 20_000);

  it("cancels an import whose upload is all in: it stops at its next batch and writes nothing", async () => {
    const { file } = newDb();
    const cancel = new AbortController();
    const text = products(60_000);
    const importing = importCsvInWorker(file, {
      ...base,
      bytes: chunked(text, 65_536),
      signal: cancel.signal,
      // The uploader's Cancel, as the last byte is received: the request's body can no longer fail.
      onReceived: (n) => n === Buffer.byteLength(text) && cancel.abort(),
    });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelled);
    expect(count(file, "SELECT count(*) FROM products")).toBe(0);
    expect(count(file, "SELECT count(*) FROM imports")).toBe(0);
    expect(readdirSync(path.join(path.dirname(file), "uploads"))).toEqual([]);
  }, 20_000);

  it("cancels an import whose rows are all written: the rebuild of the figures stops and nothing is written", async () => {
    const { file } = newDb();
    const cancel = new AbortController();
    // 20,000 customers, one order each: forty chunks of 500 to classify after the last row.
    const orders =
      "order_id,order_date,customer_id,sku,quantity,unit_price\n" +
      Array.from({ length: 20_000 }, (_, i) => `O-${i},2025-0${1 + (i % 9)}-1${i % 10},C-${i},SKU-${i % 40},1,9.95`).join("\n") +
      "\n";
    const steps: number[] = [];
    const importing = importCsvInWorker(file, {
      ...base,
      bytes: chunked(orders, 65_536),
      signal: cancel.signal,
      // The uploader's Cancel once the rebuild is under way: the worker is busy with it and takes no
      // message until it ends; only the shared flag reaches it.
      onRefresh: (step) => {
        steps.push(step.done);
        cancel.abort();
      },
    });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelled);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBeLessThan(20_000);
    for (const table of ["imports", "orders", "customers", "order_facts"]) expect(count(file, `SELECT count(*) FROM ${table}`)).toBe(0);
  }, 20_000);
});
