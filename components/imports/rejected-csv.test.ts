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

describe("rejectedRowsCsv with the rows' own cells", () => {
  it("writes each rejected row as the file wrote it, under the file's header", () => {
    const csv = rejectedRowsCsv(
      [
        { line: 4, column: "aantal", value: "twee", message: "Cannot read", cells: ["1003", "01-01-2025", "K2", "twee"] },
        { line: 8, column: null, value: null, message: "Expected 4 fields, found 5", cells: ["1007", "x", "K3", "1", "y"] },
      ],
      ["ordernummer", "besteldatum", "klantnummer", "aantal"],
    );
    expect(csv.split("\r\n")).toEqual([
      "line,column,value,reason,ordernummer,besteldatum,klantnummer,aantal",
      "4,aantal,twee,Cannot read,1003,01-01-2025,K2,twee",
      '8,,,"Expected 4 fields, found 5",1007,x,K3,1,y',
      "",
    ]);
  });
});
