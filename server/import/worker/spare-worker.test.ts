import type { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { connectDb } from "@/db/client";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { importCsvInWorker } from "./import-in-worker";

// An import's worker, once done, waits for the next one with the app's modules loaded (loading them
// takes longer than a small file's import). In a file of its own: no other test's import runs meanwhile.
const newDb = tempDbPerTest();
const base = { workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "api" as const, fileName: "x.csv" };
const products = (n: number) => "sku,name,category\n" + Array.from({ length: n }, (_, i) => `SKU-${i},Product ${i},Group ${i % 7}`).join("\n") + "\n";
async function* chunked(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size));
}
type Spares = { liftboardSpareWorkers?: { import?: Worker[] } };
/** The one spare waiting (this file never has more at once). */
const spare = async () => {
  await expect.poll(() => (globalThis as Spares).liftboardSpareWorkers?.import?.length).toBe(1);
  return (globalThis as Spares).liftboardSpareWorkers!.import![0];
};

describe("the import worker", () => {
  it("runs the next import on the worker of the one before, which waits with the app's modules loaded", async () => {
    const { file } = newDb();
    const count = () => connectDb(file).$client.prepare("SELECT count(*) FROM products").pluck().get();
    await importCsvInWorker(file, { ...base, bytes: chunked(products(3), 50) });
    const ready = await spare();
    expect(await importCsvInWorker(file, { ...base, bytes: chunked(products(4), 50) })).toMatchObject({ status: "committed", inserted: 1 });
    // Taken by that import and kept again after it: no second start.
    expect((await spare()).threadId).toBe(ready.threadId);
    // A cancelled import's worker is not used again: the next one is a fresh start.
    const cancel = new AbortController();
    cancel.abort();
    await expect(importCsvInWorker(file, { ...base, bytes: chunked(products(5), 50), signal: cancel.signal })).rejects.toBeInstanceOf(ImportCancelled);
    const pool = () => (globalThis as Spares).liftboardSpareWorkers?.import?.map((w) => w.threadId) ?? [];
    await expect.poll(pool).toHaveLength(2); // started anew in its place, up to two
    expect(pool()).not.toContain(ready.threadId);
    expect(count()).toBe(4);
  });
});
