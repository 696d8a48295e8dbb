import type { RowRejection } from "@/lib/import";

/** Rejected rows as CSV with a reason column; cells a spreadsheet would run as a formula are
 * prefixed with an apostrophe. */
export function rejectedRowsCsv(rows: RowRejection[]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return ["line,column,value,reason", ...rows.map((r) => [r.line, r.column, r.value, r.message].map(cell).join(","))].join("\r\n") + "\r\n";
}
