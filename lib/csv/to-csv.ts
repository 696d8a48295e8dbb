export type Cell = string | number | null;

// A negative number as a table shows it ("-12.5", "-1,234.50", "-12.5%", "-€3.20"): no function,
// reference or second operator a spreadsheet could run, and an apostrophe would turn it into text.
const NEGATIVE_NUMBER = /^-[€$£]?\s?\d[\d.,]*%?$/;

/** RFC 4180 CSV with CRLF; cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a
 * leading apostrophe so they stay text, except a plain negative number. */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    let s = v === null ? "" : String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s) && !NEGATIVE_NUMBER.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
