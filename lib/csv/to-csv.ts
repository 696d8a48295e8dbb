export type Cell = string | number | null;

/** RFC 4180 CSV with CRLF; cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a
 * leading apostrophe so they stay text. */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    let s = v === null ? "" : String(v);
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
