import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";

describe("toCsv", () => {
  it("keeps a negative number as the table shows it a number, not text", () => {
    // An apostrophe would make each of these text in a spreadsheet (and show in it).
    for (const v of ["-12.5", "-12.5%", "-€3.20", "-€ 3.20", "-7"]) expect(toCsv([[v]]), v).toBe(`${v}\r\n`);
    expect(toCsv([["-1.234,50", "-1,234.50"]])).toBe('"-1.234,50","-1,234.50"\r\n');
    expect(toCsv([[-12.5, 0, null]])).toBe("-12.5,0,\r\n");
  });

  it("writes anything a spreadsheet could run as text", () => {
    for (const v of ["=1+1", "+1", "+31612345678", "@SUM(A1)", "-1+1", "-2+3+cmd|' /C calc'!A0", "-6.3 pts", "-A1", "-1e3", "\t=1", "\r=1"]) {
      expect(
        toCsv([[v]])
          .replace(/^"/, "")
          .startsWith("'"),
        v,
      ).toBe(true);
    }
  });
});
