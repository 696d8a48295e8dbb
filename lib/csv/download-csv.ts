import { toCsv, type Cell } from "./to-csv";

/** Saves rows as a CSV file from the browser (formula-safe, see toCsv). */
export function downloadCsv(filename: string, rows: Cell[][]): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv" }));
  a.download = filename;
  a.click();
  // Revoked a moment later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
