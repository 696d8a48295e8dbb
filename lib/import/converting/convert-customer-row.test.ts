import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { customerRecordSchema } from "../records";
import { parseAll } from "../testing/parse-all";
import { withoutCells } from "../testing/parse-all";

describe("customers", () => {
  it("reads a Windows-1252, ';'-separated Excel export with Dutch headers (é, € intact)", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, "../fixtures/customers-windows-1252.csv")));
    const { detection, records, rejections } = await parseAll(bytes, { kind: "customers" });
    expect(detection.format).toMatchObject({ encoding: "windows-1252", delimiter: ";", kind: "customers" });
    expect(rejections).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        customerId: "K-001",
        customerEmail: null,
        customerPhone: null,
        signupDate: null,
        birthYear: 1985,
        gender: "female",
        city: "Zoetermeer",
        region: null,
        country: "NL",
        channel: null,
        marketingOptOut: false,
        attributes: { klantsegment: "Café-eigenaar", jaaromzet: "€ 1.234,50" },
      },
      {
        line: 3,
        customerId: "K-002",
        customerEmail: null,
        customerPhone: null,
        signupDate: null,
        birthYear: 1990,
        gender: "male",
        city: "Liège",
        region: null,
        country: "BE",
        channel: null,
        marketingOptOut: true,
        attributes: { klantsegment: "Particulier", jaaromzet: "€ 99,95" },
      },
      {
        line: 4,
        customerId: "K-003",
        customerEmail: null,
        customerPhone: null,
        signupDate: null,
        birthYear: null,
        gender: "other",
        city: "Utrecht",
        region: null,
        country: "NL",
        channel: null,
        marketingOptOut: null,
        attributes: { klantsegment: "Particulier" },
      },
    ]);
    for (const r of records) customerRecordSchema.parse(r);
  });

  it("keys by e-mail (lowercased, trimmed) when there is no customer id, and drops names, phones, addresses", async () => {
    const csv =
      "Email,First Name,Last Name,Phone,Address,Postcode,City,Signup date,Age,Segment\n Anna@Example.NL ,Anna,Vries,+31 6 1,Laan 1,1234 AB,Delft,03-02-2024,40,VIP\n";
    const { detection, records } = await parseAll(csv, { kind: "customers" });
    expect(detection.droppedColumns.map((c) => c.header)).toEqual(["First Name", "Last Name", "Phone", "Address", "Postcode"]);
    expect(records).toEqual([
      {
        line: 2,
        customerId: null,
        customerEmail: "anna@example.nl",
        customerPhone: null,
        signupDate: "2024-02-03",
        birthYear: 1985,
        gender: null,
        city: "Delft",
        region: null,
        country: null,
        channel: null,
        marketingOptOut: null,
        attributes: { Segment: "VIP" },
      },
    ]);
  });

  it("never puts an e-mail address in customerId or in an attribute", async () => {
    const csv = "customer_id,city,referrer\njan@example.com,Delft,piet@example.com\nC2,Delft,instagram\n";
    const { records } = await parseAll(csv, { kind: "customers" });
    expect(records[0]).toMatchObject({ customerId: null, customerEmail: "jan@example.com", attributes: {} });
    expect(records[1]).toMatchObject({ customerId: "C2", customerEmail: null, attributes: { referrer: "instagram" } });
  });

  it("reads the Shopify customers export: e-mail key, opt-in inverted, attributes kept, personal columns dropped", async () => {
    const csv = [
      "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags",
      '\'9013808660771,Anna,Vries,ANNA@example.nl,yes,,Laan 1,,Delft,ZH,NL,1234 AB,,+31612345678,no,120.50,3,Likes mugs,no,"vip, mug"',
      "'9013808660772,Bob,Bakker,,no,Bakker BV,Weg 2,,Gent,VOV,BE,9000,,,no,0.00,0,,no,",
    ].join("\n");
    const { detection, records, rejections } = await parseAll(csv);
    expect(detection.format.preset).toBe("shopify_customers");
    expect(detection.droppedColumns.map((c) => c.header)).toEqual([
      "First Name",
      "Last Name",
      "Default Address Company",
      "Default Address Address1",
      "Default Address Address2",
      "Default Address Zip",
      "Default Address Phone",
      "Phone",
      "Note",
    ]);
    expect(rejections).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        customerId: null,
        customerEmail: "anna@example.nl",
        customerPhone: null,
        signupDate: null,
        birthYear: null,
        gender: null,
        city: "Delft",
        region: "ZH",
        country: "NL",
        channel: null,
        marketingOptOut: false,
        attributes: { "Accepts SMS Marketing": "no", "Total Spent": "120.50", "Total Orders": "3", "Tax Exempt": "no", Tags: "vip, mug" },
      },
      {
        line: 3,
        customerId: "9013808660772",
        customerEmail: null,
        customerPhone: null,
        signupDate: null,
        birthYear: null,
        gender: null,
        city: "Gent",
        region: "VOV",
        country: "BE",
        channel: null,
        marketingOptOut: true,
        attributes: { "Accepts SMS Marketing": "no", "Total Spent": "0.00", "Total Orders": "0", "Tax Exempt": "no" },
      },
    ]);
  });

  it("rejects implausible birth years and ages, and unreadable yes/no", async () => {
    const csv = "customer_id,birth_year,marketing_opt_out\nC1,1850,no\nC2,1990,misschien\n";
    const { rejections } = await parseAll(csv, { kind: "customers" });
    expect(withoutCells(rejections)).toEqual([
      { line: 2, column: "birth_year", value: "1850", message: "Birth year 1850 is not plausible: expected a year from 1900 to 2025." },
      {
        line: 3,
        column: "marketing_opt_out",
        value: "misschien",
        message: 'Cannot read "misschien" as yes or no: expected yes/no, ja/nee, true/false or 1/0.',
      },
    ]);
  });
});
