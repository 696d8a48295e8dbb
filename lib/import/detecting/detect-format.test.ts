import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format";
import { ImportFileError, type FileProblem } from "../file-error";
import { importFormatSchema } from "../format";
import { bytesOf } from "../testing/parse-all";

function fatal(run: () => unknown): FileProblem {
  try {
    run();
  } catch (e) {
    if (e instanceof ImportFileError) return e.problem;
    throw e;
  }
  throw new Error("expected an ImportFileError");
}

describe("detectFormat", () => {
  it("proposes everything the preview shows for a Dutch orders export", () => {
    const csv = [
      "Bestelnummer;Besteldatum;Klantnummer;E-mail;Naam;Artikelnummer;Omschrijving;Aantal;Stukprijs;Korting;Opmerking",
      '1001;03-01-2025 14:30;K-1;a@b.nl;Anna de Vries;MUG;Koffiemok;2;€ 9,95;0;"Snel, graag"',
      "1002;15-01-2025 09:00;K-2;c@d.nl;Bob;BORD;Bord;1;1.234,50;-5,00;",
    ].join("\r\n");
    const d = detectFormat(bytesOf(csv));
    expect(d.format).toMatchObject({ version: 1, encoding: "utf-8", delimiter: ";", kind: "orders", preset: null });
    expect(d.bom).toBe(false);
    expect(d.confidence).toBeGreaterThan(0.9);
    expect(d.format.columns).toEqual({
      order_id: "Bestelnummer",
      order_date: "Besteldatum",
      customer_id: "Klantnummer",
      sku: "Artikelnummer",
      product_name: "Omschrijving",
      quantity: "Aantal",
      unit_price: "Stukprijs",
      discount: "Korting",
    });
    expect(d.mapping).toContainEqual({ field: "unit_price", column: 8, header: "Stukprijs" });
    expect(d.format.numberFormats.Stukprijs).toEqual({ decimal: ",", assumed: false });
    expect(d.format.numberFormats.Korting).toEqual({ decimal: ",", assumed: false });
    expect(d.format.dateFormats.Besteldatum).toEqual({ order: "dmy", separator: "-", hasTime: true, assumed: false });
    expect(d.droppedColumns).toEqual([
      { column: 3, header: "E-mail", reason: "email" },
      { column: 4, header: "Naam", reason: "name" },
      { column: 10, header: "Opmerking", reason: "free_text" },
    ]);
    expect(d.missingRequired).toEqual([]);
    expect(d.sampleRows).toHaveLength(2);
    expect(d.sampleRowCount).toBe(2);
    expect(d.candidates[0]).toEqual({ kind: "orders", preset: null, confidence: d.confidence });
  });

  it("serialises the format as JSON that validates and round-trips", () => {
    const d = detectFormat(bytesOf("order_id,order_date,customer_id,sku,quantity,unit_price\n1,2025-01-02,C1,A,1,2.50\n"));
    const back = importFormatSchema.parse(JSON.parse(JSON.stringify(d.format)));
    expect(back).toEqual(d.format);
    expect(back.headerSignature).toBe("orderid|orderdate|customerid|sku|quantity|unitprice");
  });

  it("lists missing required columns with the closest header as suggestion", () => {
    const d = detectFormat(bytesOf("order_id,oder_date,customer_id,sku,quantity,unit_price\n1,2025-01-02,C1,A,1,2.50\n"), { kind: "orders" });
    expect(d.missingRequired).toEqual([{ fields: ["order_date"], label: "order date", suggestion: "oder_date" }]);
    expect(d.problems[0]).toMatchObject({ code: "missing_columns", message: 'Required column missing: order date (is it "oder_date"?).' });
  });

  it("keeps other customer columns as attributes and drops personal ones", () => {
    const d = detectFormat(
      bytesOf("customer_id,first_name,last_name,phone,street,zip,city,loyalty_tier,favourite_shop\nC1,Anna,Vries,0612345678,Laan 1,1234AB,Delft,gold,Delft\n"),
    );
    expect(d.format.kind).toBe("customers");
    expect(d.droppedColumns.map((c) => `${c.header}:${c.reason}`)).toEqual([
      "first_name:name",
      "last_name:name",
      "phone:phone",
      "street:address",
      "zip:address",
    ]);
    expect(d.attributeColumns.map((c) => c.header)).toEqual(["loyalty_tier", "favourite_shop"]);
  });

  it("decides the rating scale per file: 0-10 when any rating is 0 or above 5", () => {
    expect(detectFormat(bytesOf("customer_id,date,rating\nC1,2025-01-02,4\nC2,2025-01-03,5\n")).format.ratingScale).toBe(5);
    expect(detectFormat(bytesOf("customer_id,date,rating\nC1,2025-01-02,4\nC2,2025-01-03,8\n")).format.ratingScale).toBe(10);
    expect(detectFormat(bytesOf("customer_id,date,rating\nC1,2025-01-02,0\nC2,2025-01-03,3\n")).format.ratingScale).toBe(10);
  });

  describe("fatal file problems", () => {
    it("empty file", () => {
      expect(fatal(() => detectFormat(new Uint8Array(0)))).toMatchObject({ code: "empty_file", message: "The file is empty." });
      expect(fatal(() => detectFormat(bytesOf("\r\n  \n")))).toMatchObject({ code: "empty_file" });
    });
    it("header only", () => {
      expect(fatal(() => detectFormat(bytesOf("order_id,sku\n")))).toMatchObject({
        code: "header_only",
        message: "The file has a header row but no data rows.",
      });
    });
    it("an Excel workbook", () => {
      const p = fatal(() => detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])));
      expect(p).toMatchObject({ code: "binary_file", message: "This is an Excel workbook, not a CSV: in Excel choose File > Save As > CSV UTF-8." });
    });
    it("a quote that is never closed", () => {
      const p = fatal(() => detectFormat(bytesOf('sku,name\nA,Mok\nB,"Bord\nC,Schaal\n')));
      expect(p).toMatchObject({ code: "unterminated_quote", line: 3 });
      expect(p.message).toContain("starts on line 3");
    });
    it("a file over the size limit", () => {
      expect(fatal(() => detectFormat(bytesOf("a,b\n1,2\n"), { totalBytes: 3e9 }))).toMatchObject({
        code: "file_too_large",
        message: "The file is larger than the limit of 2 GB.",
      });
      expect(fatal(() => detectFormat(bytesOf("a,b\n1,2\n"), { totalBytes: 2000, maxFileBytes: 1000 }))).toMatchObject({ code: "file_too_large" });
    });
  });

  it("does not call an incomplete sample header-only or unterminated (the rest of the file follows)", () => {
    const d = detectFormat(bytesOf('sku,name\nA,"Mok'), { totalBytes: 5_000_000 });
    expect(d.sampleRowCount).toBe(0);
  });
});

describe("detectFormat on a header no export has", () => {
  it("refuses more than 1,000 columns at once, with that reason", () => {
    const header = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(",");
    expect(() => detectFormat(new TextEncoder().encode(`${header(1_001)}\n1,2\n`))).toThrow(
      "The header row has 1,001 columns; Liftboard reads files of at most 1,000. Check the delimiter (a file of one long line?), or export only the columns you need.",
    );
    expect(detectFormat(new TextEncoder().encode(`${header(1_000)}\n${"1,".repeat(999)}1\n`)).headers).toHaveLength(1_000);
    // 200,000 columns: the header alone is longer than the 1 MB sample, whose fields are counted.
    const sample = new TextEncoder().encode(`${header(200_000)}\n`).subarray(0, 1024 * 1024);
    expect(() => detectFormat(sample)).toThrow(/^The header row has more than 1\d\d,\d{3} columns; Liftboard reads files of at most 1,000\./);
  });
});
