import type { RowRejection } from "@/lib/import";
import { toCsv } from "@/lib/csv/to-csv";

/** Rejected rows as CSV with a reason column. */
export function rejectedRowsCsv(rows: RowRejection[]): string {
  return toCsv([["line", "column", "value", "reason"], ...rows.map((r) => [r.line, r.column, r.value, r.message])]);
}
