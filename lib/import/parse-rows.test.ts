import { describe, expect, it } from "vitest";
import { detectFormat } from "./detecting/detect-format";
import { ImportFileError, type FileProblem } from "./file-error";
import type { ImportFormat } from "./format";
import { parseRows } from "./parse-rows";
import { bytesOf, chunksOf, parseAll, withoutCells } from "./testing/parse-all";

async function fatal(run: () => Promise<unknown>): Promise<FileProblem> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportFileError) return e.problem;
    throw e;
  }
  throw new Error("expected an ImportFileError");
}

const ORDERS = [
  "ordernummer;besteldatum;klantnummer;sku;productnaam;aantal;stukprijs;korting",
  '1001;31-12-2025 14:30;K1;MUG;"Mok; groot";2;9,95;-1,00', // line 2
  "1002;32-12-2025 10:00;K1;MUG;Mok;1;9,95;0", // 3: no 32nd
  "1003;01-01-2025 10:00;K2;MUG;Mok;twee;9,95;0", // 4
  "1004;01-01-2025 10:00;K2;MUG;Mok;1;-9,95;0", // 5
  "1005;01-01-2025 10:00;;MUG;Mok;1;9,95;0", // 6: no customer, a guest checkout
  "1006;;K3;MUG;Mok;1;9,95;0", // 7
  "1007;01-01-2025 10:00;K3;MUG;Mok, groot; 1;9,95;0;x;y", // 8
  "1008;01-01-2025 10:00;K3;MUG;Mok", // 9
  "1009;01-01-2025 10:00;K3;;;1;1,00;0", // 10
  '1010;01-01-2025 10:00;K3;@SUM(A1);"=HYPERLINK(""http://x"")";1;0;0', // 11
  '1011;02-01-2025 10:00;K4;PLANT;"Plant met', // 12-13: a quoted line break
  'pot";1;2,50;0',
  "1012;03-01-2025 10:00;K4;PLANT;Plant;1;2.50;0", // 14: a point where a comma is the decimal separator
  "1013;03-01-2025 10:00;K4;PLANT;Plant;1,5;€ 1.234,56;(2,00)", // 15
].join("\r\n");

describe("parseRows: row errors say what to fix", () => {
  it("rejects each bad row with its physical line, column, value and a specific message", async () => {
    const { records, rejections } = await parseAll(ORDERS, { kind: "orders" });
    expect(withoutCells(rejections)).toEqual([
      {
        line: 3,
        column: "besteldatum",
        value: "32-12-2025 10:00",
        message: 'Cannot read "32-12-2025 10:00" as a date: expected a date like 31-12-2025 14:30 (day-month-year, as detected for this column).',
      },
      {
        line: 4,
        column: "aantal",
        value: "twee",
        message: 'Cannot read "twee" as a number: expected a number like 1.234,56 (decimal comma, as detected for this column).',
      },
      { line: 5, column: "stukprijs", value: "-9,95", message: "Negative price -9.95: a price must be 0 or more (write a return as a negative quantity)." },
      { line: 7, column: "besteldatum", value: "", message: 'Missing order date: "besteldatum" is empty.' },
      { line: 8, column: null, value: null, message: "Expected 8 fields, found 10 — is a value containing ';' missing its quotes?" },
      {
        line: 9,
        column: null,
        value: null,
        message: "Expected 8 fields, found 5 — is the line cut short, or is a value containing a line break missing its quotes?",
      },
      { line: 10, column: "sku", value: "", message: '"sku" and "productnaam" are both empty: every order line needs a SKU or product name.' },
      {
        line: 14,
        column: "stukprijs",
        value: "2.50",
        message: 'Cannot read "2.50" as a number: expected a number like 1.234,56 (decimal comma, as detected for this column).',
      },
    ]);
    expect(records.map((r) => r.line)).toEqual([2, 6, 11, 12, 15]);
    // Each rejection carries its row as the file wrote it, for the rejected-rows download.
    expect(rejections.find((r) => r.line === 4)?.cells).toEqual(["1003", "01-01-2025 10:00", "K2", "MUG", "Mok", "twee", "9,95", "0"]);
    expect(rejections.find((r) => r.line === 8)?.cells).toEqual(["1007", "01-01-2025 10:00", "K3", "MUG", "Mok, groot", " 1", "9,95", "0", "x", "y"]);
    // A line with no customer is a guest checkout's: read, with no customer key at all.
    expect(records[1]).toMatchObject({ line: 6, orderId: "1005", customerId: null, customerEmail: null, customerPhone: null });
  });

  it("reads good rows into typed records", async () => {
    const { records } = await parseAll(ORDERS, { kind: "orders" });
    expect(records[0]).toEqual({
      line: 2,
      orderId: "1001",
      orderedAt: Date.parse("2025-12-31T13:30:00Z"), // 14:30 in Amsterdam (CET)
      customerId: "K1",
      customerEmail: null,
      customerPhone: null,
      lineNo: 2,
      sku: "MUG",
      productName: "Mok; groot",
      category: null,
      quantity: 2,
      unitPrice: 9.95,
      discount: 1, // "-1,00" off
      status: null,
      channel: null,
      currency: null,
      city: null,
      region: null,
      country: null,
    });
    expect(records[4]).toMatchObject({ line: 15, quantity: 1.5, unitPrice: 1234.56, discount: 2 });
  });

  it("keeps formula-like cells as literal text, never evaluated", async () => {
    const { records } = await parseAll(ORDERS, { kind: "orders" });
    expect(records[2]).toMatchObject({ line: 11, sku: "@SUM(A1)", productName: '=HYPERLINK("http://x")', unitPrice: 0 });
  });

  it("counts a quoted line break, so later rows keep their physical line numbers", async () => {
    const { records } = await parseAll(ORDERS, { kind: "orders" });
    expect(records[3]).toMatchObject({ line: 12, productName: "Plant met\r\npot" });
  });

  it("gives the same result whatever the chunk boundaries (1, 7 and 64K bytes)", async () => {
    const whole = await parseAll(ORDERS, { kind: "orders" });
    for (const chunkSize of [1, 7]) {
      const split = await parseAll(ORDERS, { kind: "orders", chunkSize });
      expect(split.records).toEqual(whole.records);
      expect(split.rejections).toEqual(whole.rejections);
    }
  });

  it("reports a quote inside a quoted value that is not doubled, and the lines it swallowed", async () => {
    const { rejections, records } = await parseAll('sku,name\nA,"Mok "groot"",x\nB,Bord\nC,"Schaal"\nD,Kom\n', { kind: "products" });
    expect(withoutCells(rejections)).toEqual([
      {
        line: 2,
        column: null,
        value: null,
        message: 'A quote inside a quoted value is not doubled, so lines 2-4 were read as one row: write " inside a value as "".',
      },
    ]);
    expect(records.map((r) => r.sku)).toEqual(["D"]);
  });

  it("accepts trailing separators beyond the header (empty extra cells)", async () => {
    const { records, rejections } = await parseAll("sku;name\nA;Mok;;\nB;Bord;\n", { kind: "products" });
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.sku)).toEqual(["A", "B"]);
  });
});

describe("parseRows: streaming", () => {
  it("yields batches with progress for a progress bar", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `SKU-${i},Product ${i},${i % 7}.50`);
    const csv = `sku,name,price\n${rows.join("\n")}\n`;
    const { batches, records } = await parseAll(csv, { batchSize: 1000, chunkSize: 16 * 1024 });
    expect(records).toHaveLength(5000);
    expect(batches.length).toBeGreaterThanOrEqual(4);
    const last = batches[batches.length - 1].progress;
    expect(last).toEqual({ bytesRead: bytesOf(csv).length, rowsRead: 5000, lastLine: 5001 });
    const read = batches.map((b) => b.progress.bytesRead);
    expect([...read].sort((a, b) => a - b)).toEqual(read);
  });
});

describe("parseRows: fatal file problems", () => {
  const format: ImportFormat = detectFormat(bytesOf("sku,name\nA,Mok\n")).format;
  const run = (bytes: Uint8Array, extra: Partial<Parameters<typeof parseRows>[1]> = {}) =>
    fatal(async () => {
      for await (const batch of parseRows(chunksOf(bytes, 8), { format, timeZone: "UTC", ...extra })) void batch;
    });

  it("empty file", async () => {
    expect(await run(new Uint8Array(0))).toMatchObject({ code: "empty_file" });
  });
  it("header only", async () => {
    expect(await run(bytesOf("sku,name\r\n\r\n"))).toMatchObject({ code: "header_only", line: 1 });
  });
  it("missing required columns, naming them and the closest header", async () => {
    const p = await run(bytesOf("sku,nmae\nA,Mok\n"));
    expect(p).toMatchObject({ code: "missing_columns", message: 'Required column missing: name (is it "nmae"?).' });
  });
  it("an Excel workbook", async () => {
    expect(await run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2]))).toMatchObject({
      code: "binary_file",
      message: "This is an Excel workbook, not a CSV: in Excel choose File > Save As > CSV UTF-8.",
    });
  });
  it("NUL bytes", async () => {
    expect(await run(new Uint8Array([0x73, 0x6b, 0x75, 0x00, 0x0a]))).toMatchObject({ code: "binary_file" });
  });
  it("a quote never closed, with the line and column where it opened", async () => {
    const p = await run(bytesOf('sku,name\nA,Mok\nB,"Bord\nC,Schaal\n'));
    expect(p).toMatchObject({ code: "unterminated_quote", line: 3, column: "name" });
  });
  it("a value over the field limit", async () => {
    const p = await run(bytesOf(`sku,name\nA,"${"x".repeat(300_000)}`), { maxFieldBytes: 100_000 });
    expect(p).toMatchObject({
      code: "field_too_large",
      line: 2,
      column: "name",
      message: 'A value that starts on line 2 (column "name") is longer than 100000 bytes. It starts with a quote that is probably never closed.',
    });
  });
  it("a file over the size limit", async () => {
    expect(await run(bytesOf(`sku,name\n${"A,Mok\n".repeat(100)}`), { maxFileBytes: 200 })).toMatchObject({
      code: "file_too_large",
      message: "The file is larger than the limit of 200 bytes.",
    });
  });
});

describe("parseRows: a binary file arriving in tiny chunks", () => {
  it("is refused before any row is read", async () => {
    const format = detectFormat(bytesOf("sku,name\nA,Mok\n")).format;
    const bytes = new Uint8Array([...bytesOf("sku,name\nA,Mok\n"), 0, 0, 0, 7]);
    const seen: number[] = [];
    const p = await fatal(async () => {
      for await (const batch of parseRows(chunksOf(bytes, 1), { format, timeZone: "UTC" })) seen.push(batch.records.length);
    });
    expect(p).toMatchObject({ code: "binary_file" });
    expect(seen).toEqual([]);
  });
});

describe("field sizes", () => {
  it("refuses a value no real export has, saying how long it is and what the field takes", async () => {
    const sku = "X".repeat(10 * 1024 * 1024);
    const { records, rejections } = await parseAll(`sku,name\nA1,Mok\n${sku},Bord\nB2,${"n".repeat(1001)}\n`, { kind: "products" });
    expect(records.map((r) => r.sku)).toEqual(["A1"]);
    expect(rejections.map((r) => [r.line, r.column, r.value?.length, r.message])).toEqual([
      [3, "sku", 201, '"sku" holds 10,485,760 characters; a SKU has at most 1,000. Is this the right column, or are two columns run together?'],
      [4, "name", 201, '"name" holds 1,001 characters; a name has at most 1,000. Is this the right column, or are two columns run together?'],
    ]);
  });
});
