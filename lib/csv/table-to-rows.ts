import type { Cell } from "./to-csv";

type TableLike = { rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }> };

/** The cells of a rendered table as CSV rows, as the reader sees them (formatted numbers included),
 * for tables that have no raw-number export of their own. */
export function tableToRows(table: TableLike): Cell[][] {
  return Array.from(table.rows, (row) => Array.from(row.cells, (cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim()));
}
