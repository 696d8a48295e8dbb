import { describe, expect, it } from "vitest";
import { rejectedRowsCsv } from "./rejected-csv";

describe("rejectedRowsCsv", () => {
  it("quotes, and defuses formula cells", () => {
    expect(
      rejectedRowsCsv([
        { line: 3, column: "unit_price", value: '=HYPERLINK("x")', message: "expected a number" },
        { line: 7, column: null, value: null, message: 'expected 9 fields, found 11 — is a value containing "," missing its quotes?' },
      ]),
    ).toBe(
      'line,column,value,reason\r\n3,unit_price,"\'=HYPERLINK(""x"")",expected a number\r\n7,,,"expected 9 fields, found 11 — is a value containing "","" missing its quotes?"\r\n',
    );
  });
});
