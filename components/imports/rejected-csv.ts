import type { RowRejection } from "@/lib/import";
import { toCsv } from "@/lib/csv/to-csv";

/** Rejected rows as CSV: where and why, then each row's own cells under the file's header, so the rows
 * can be fixed in a spreadsheet and imported again. */
export function rejectedRowsCsv(rows: RowRejection[], header: readonly string[] = []): string {
  return toCsv([["line", "column", "value", "reason", ...header], ...rows.map((r) => [r.line, r.column, r.value, r.message, ...(r.cells ?? [])])]);
}
