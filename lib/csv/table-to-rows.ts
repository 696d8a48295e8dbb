import type { Cell } from "./to-csv";

type TableLike = { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> };

// The isolates the page wraps the shop's own values in (lib/text/display-value.ts): layout, not content.
const ISOLATES = /[\u2066-\u2069]/g;

/** The cells of a rendered table as CSV rows, as the reader sees them (formatted numbers included),
 * for tables that have no raw-number export of their own. */
export function tableToRows(table: TableLike): Cell[][] {
  return Array.from(table.rows, (row) => Array.from(row.cells, (cell) => (cell.textContent ?? "").replace(ISOLATES, "").replace(/\s+/g, " ").trim()));
}
