import { describe, expect, it } from "vitest";
import { tempDbPerTest, writeLockIsFree } from "@/db/testing/temp-db";
import type { Db } from "@/db/client";
import { detectFormat, ImportFileError, type ImportFormat } from "@/lib/import";
import { importCsv } from "./import-csv";
import { importFile } from "./import-file";
import { previewCsv } from "./preview-csv";
import { mkdtempSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// One import path for the upload, the HTTP API and the CLI: the same format resolution
// (explicit > saved for this header > detected), the same missing-column refusal.
const newDb = tempDbPerTest();
const base = { workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "api" as const, fileName: "products.csv" };
const bytes = (text: string | Buffer) =>
  (async function* () {
    yield typeof text === "string" ? Buffer.from(text, "utf8") : text;
  })();
const names = (db: Db) => db.$client.prepare("SELECT sku, name, category FROM products ORDER BY sku").all();
const importCount = (db: Db) => (db.$client.prepare("SELECT count(*) AS n FROM imports").get() as { n: number }).n;

// Headers no preset or synonym knows: detection finds neither the SKU nor the name.
const HEADER = "code,omschr_x,grp";
const mapped = (encoding: ImportFormat["encoding"] = "utf-8"): ImportFormat => ({
  ...detectFormat(Buffer.from(`${HEADER}\nA1,Mok,Keuken\n`)).format,
  kind: "products",
  preset: null,
  encoding,
  columns: { sku: "code", name: "omschr_x", category: "grp" },
});

describe("importCsv", () => {
  it("refuses a file whose required columns no format reads, naming every one, and writes nothing", async () => {
    const { db } = newDb();
    const refusal = importCsv(db, { ...base, kind: "products", bytes: bytes(`${HEADER}\nA1,Mok,Keuken\n`) });
    await expect(refusal).rejects.toBeInstanceOf(ImportFileError);
    await expect(importCsv(db, { ...base, kind: "products", bytes: bytes(`${HEADER}\nA1,Mok,Keuken\n`) })).rejects.toThrow(
      /Required columns missing: SKU, name\. Choose the matching column/,
    );
    expect(importCount(db)).toBe(0);
  });

  it("remembers a committed import's format: the next file with that header, from any caller, is read the same way", async () => {
    const { db } = newDb();
    const first = await importCsv(db, { ...base, bytes: bytes(`${HEADER}\nA1,Mok,Keuken\n`), format: mapped() });
    expect(first).toMatchObject({ status: "committed", inserted: 1 });
    // The CLI, with no --mapping: the saved format, not detection.
    const dir = mkdtempSync(path.join(tmpdir(), "liftboard-import-"));
    writeFileSync(path.join(dir, "more.csv"), `${HEADER}\nB2,Bord,Keuken\n`);
    const second = await importFile(db, { ...base, source: "cli", kind: "products", path: path.join(dir, "more.csv") });
    expect(second).toMatchObject({ status: "committed", inserted: 1, rejected: 0 });
    expect(second.format.columns).toEqual({ sku: "code", name: "omschr_x", category: "grp" });
    // The preview says so.
    const preview = await previewCsv(db, { workspaceId: 1, timeZone: "Europe/Amsterdam", sample: Buffer.from(`${HEADER}\nC3,Kom,Keuken\n`) });
    expect(preview.savedFormat).toBe(true);
    expect(preview.rows.records).toHaveLength(1);
    expect(names(db)).toEqual([
      { sku: "A1", name: "Mok", category: "Keuken" },
      { sku: "B2", name: "Bord", category: "Keuken" },
    ]);
  });

  it("reads each file in its own encoding: a saved format supplies the mapping, not the bytes' encoding", async () => {
    const { db } = newDb();
    const latin1 = Buffer.from(`${HEADER}\nA1,Caf\xe9 au lait kop,Keuken\n`, "latin1");
    expect(await importCsv(db, { ...base, bytes: bytes(latin1), format: mapped("windows-1252") })).toMatchObject({ status: "committed" });
    expect(await importCsv(db, { ...base, bytes: bytes(`${HEADER}\nB2,Théière groot,Keuken\n`) })).toMatchObject({ status: "committed", rejected: 0 });
    expect(names(db).map((r) => (r as { name: string }).name)).toEqual(["Café au lait kop", "Théière groot"]);
  });

  it("refuses a header that is not the preset asked for", async () => {
    const { db } = newDb();
    await expect(
      importCsv(db, { ...base, preset: "shopify_orders", bytes: bytes("order_id,order_date,customer_id,sku,quantity,unit_price\n1,2025-02-01,C1,A,1,2.50\n") }),
    ).rejects.toThrow(/does not look like the shopify_orders preset/);
  });
});

describe("importCsv with a caller's format", () => {
  it("reads the file the caller's way: a delimiter detection got wrong is no missing column", async () => {
    const { db } = newDb();
    // Detected as comma-separated ("name,full" splits the header); the caller says semicolons.
    const text = "sku;name,full\nA1;Mok,groot\nB2;Bord,klein\n";
    const detected = detectFormat(Buffer.from(text), { kind: "products" }).format;
    const format: ImportFormat = { ...detected, delimiter: ";", kind: "products", preset: null, columns: { sku: "sku", name: "name,full" } };
    expect(await importCsv(db, { ...base, bytes: bytes(text), format })).toMatchObject({ status: "committed", inserted: 2, rejected: 0 });
    expect(names(db)).toEqual([
      { sku: "A1", name: "Mok,groot", category: null },
      { sku: "B2", name: "Bord,klein", category: null },
    ]);
  });
});

describe("importCsv and the file's currency", () => {
  const orders = (currency: string, id: string) =>
    `order_id,order_date,customer_id,sku,quantity,unit_price,currency\n${id},2025-02-01,C1,A,1,2.50,${currency}\n`;
  const currencyOf = (db: Db) => db.$client.prepare("SELECT currency FROM workspaces WHERE id = 1").pluck().get();

  it("an empty workspace takes the file's currency; another currency into it is then refused, and nothing written", async () => {
    const { db } = newDb();
    expect(currencyOf(db)).toBe("EUR");
    expect(await importCsv(db, { ...base, bytes: bytes(orders("usd", "1")) })).toMatchObject({ status: "committed", currencyAdopted: "USD" });
    expect(currencyOf(db)).toBe("USD");
    expect(await importCsv(db, { ...base, bytes: bytes(orders("USD", "2")) })).toMatchObject({ status: "committed", currencyAdopted: null });
    await expect(importCsv(db, { ...base, bytes: bytes(orders("EUR", "3")) })).rejects.toThrow(/in EUR, while workspace "Default" holds orders in USD/);
    expect(db.$client.prepare("SELECT count(*) FROM orders").pluck().get()).toBe(2);
    expect(currencyOf(db)).toBe("USD");
  });
});

describe("importCsv and families read from Shopify line names", () => {
  const HEAD = "Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku";
  const line = (order: string, email: string, name: string, price: string, sku: string) =>
    `${order},${email},paid,2023-05-0${order.slice(-1)} 10:00:00 +0200,1,${name},${price},${sku}`;
  const upsells = (db: Db) => db.$client.prepare("SELECT count(*) FROM order_facts WHERE upsell").pluck().get();

  it("a cheaper variant in a later file makes an earlier customer's dearer first purchase an upsell", async () => {
    const { db } = newDb();
    // Ann buys the large blanket: the only variant known, so the family's lowest tier: no upsell.
    await importCsv(db, { ...base, bytes: bytes(`${HEAD}\n${line("#1", "ann@x.nl", "Blanket - Large", "40.00", "BL-L")}\n`) });
    expect(upsells(db)).toBe(0);
    // Bob, in another file, buys the small one: Large is now tier 2, above the lowest, and Ann's order
    // is an upsell although this file does not touch her.
    await importCsv(db, { ...base, bytes: bytes(`${HEAD}\n${line("#2", "bob@x.nl", "Blanket - Small", "20.00", "BL-S")}\n`) });
    expect(upsells(db)).toBe(1);
  });
});

describe("importCsv of a customers file that says nothing about marketing", () => {
  it("imports it: customers count as not opted out, and a later file that says so is kept", async () => {
    const { db } = newDb();
    const optOut = () => db.$client.prepare("SELECT customer_key, marketing_opt_out FROM customers ORDER BY customer_key").raw().all();
    const first = "customer_id,signup_date,region\nC1,2025-01-05,Utrecht\nC2,2025-01-06,Drenthe\n";
    expect(await importCsv(db, { ...base, kind: "customers", bytes: bytes(first) })).toMatchObject({ status: "committed", inserted: 2, rejected: 0 });
    expect(optOut()).toEqual([
      ["C1", 0],
      ["C2", 0],
    ]);
    await importCsv(db, { ...base, kind: "customers", bytes: bytes("customer_id,marketing_opt_out\nC2,yes\n") });
    await importCsv(db, { ...base, kind: "customers", bytes: bytes(first) }); // says nothing: C2's opt-out stays
    expect(optOut()).toEqual([
      ["C1", 0],
      ["C2", 1],
    ]);
  });
});

describe("previewCsv", () => {
  it("lists the rows of the sample it set aside, by reason: a Shopify tip is no error and no record", async () => {
    const { db } = newDb();
    const sample = [
      "Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku",
      "#1001,anna@example.nl,paid,2025-03-01 10:00:00 +0100,2,Koffiemok,20.00,MUG-1",
      "#1001,,,,1,Tip,2.00,",
      "#1002,bob@example.com,paid,2025-03-02 10:00:00 +0100,1,Koffiemok,20.00,MUG-1",
    ].join("\n");
    const preview = await previewCsv(db, { workspaceId: 1, timeZone: "Europe/Amsterdam", sample: Buffer.from(sample) });
    expect(preview.format.preset).toBe("shopify_orders");
    expect(preview.rows.records).toHaveLength(2);
    expect(preview.rows.rejections).toEqual([]);
    expect(preview.rows.setAside).toEqual({ "Shopify tip lines: no product, no revenue": 1 });
  });
});

describe("importCsv of an upload (spool)", () => {
  it("receives the whole upload before it takes the write lock: a stalled upload keeps no other workspace waiting", async () => {
    const { db, file } = newDb();
    // Over the 1 MB detection sample: the header is read and the rest of the upload is waited for.
    const rows = Array.from({ length: 50_000 }, (_, i) => `P${i},Product ${i},Keuken`).join("\n");
    let resume!: () => void;
    const resumed = new Promise<void>((r) => (resume = r));
    let stalled = false;
    const upload = async function* () {
      yield Buffer.from(`sku,name,category\n${rows}\n`);
      stalled = true; // the client stops sending for a while
      await resumed;
      yield Buffer.from("Z9,Last,Keuken\n");
    };
    const importing = importCsv(db, { ...base, kind: "products", bytes: upload(), spoolDir: path.dirname(file) });
    for (let t = 0; !stalled && t < 500; t++) await new Promise((r) => setTimeout(r, 10));
    expect(stalled).toBe(true);
    // Another connection, as an import into another workspace, takes the write lock at once.
    expect(writeLockIsFree(file)).toBe(true);
    resume();
    expect(await importing).toMatchObject({ status: "committed", inserted: 50_001, rejected: 0 });
    expect(readdirSync(path.dirname(file)).filter((n) => n.startsWith("upload-"))).toEqual([]);
  });

  it("removes and closes the received file when the import fails before reading it", async () => {
    const { db, file } = newDb();
    const dir = path.dirname(file);
    const failing = importCsv(db, { ...base, workspaceId: 99, kind: "products", bytes: bytes("sku,name\nA1,Mok\n"), spoolDir: dir });
    await expect(failing).rejects.toThrow(/Workspace 99 does not exist/);
    expect(readdirSync(dir).filter((n) => n.startsWith("upload-"))).toEqual([]);
    const open = readdirSync("/proc/self/fd").map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return "";
      }
    });
    expect(open.filter((target) => target.startsWith(dir) && target.includes("upload"))).toEqual([]);
  });
});
