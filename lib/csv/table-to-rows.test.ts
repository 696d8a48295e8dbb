import { describe, expect, it } from "vitest";
import { tableToRows } from "./table-to-rows";
import { toCsv } from "./to-csv";

const row = (...cells: (string | null)[]) => ({ cells: cells.map((textContent) => ({ textContent })) });

describe("tableToRows", () => {
  it("reads each row's cells as shown, whitespace collapsed", () => {
    const table = { rows: [row("Variant", "Customers"), row(" A \n baseline", "1,187"), row("B", null)] };
    expect(tableToRows(table)).toEqual([
      ["Variant", "Customers"],
      ["A baseline", "1,187"],
      ["B", ""],
    ]);
  });

  it("leaves out the isolates around the shop's own values, keeping the value and its own marks", () => {
    expect(tableToRows({ rows: [row("\u2068B\u2069 (control)", "\u2068Factuur \u202egnp.exe\u2069")] })).toEqual([["B (control)", "Factuur \u202egnp.exe"]]);
  });

  it("stays formula-safe once written as CSV", () => {
    expect(toCsv(tableToRows({ rows: [row("=HYPERLINK(1)", "-6.3 pts")] }))).toBe("'=HYPERLINK(1),'-6.3 pts\r\n");
  });
});
