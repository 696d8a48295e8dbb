import type Database from "better-sqlite3";
import { DEFER_MIN_ROWS, DeferredIndexes } from "./deferred-indexes";

/**
 * DELETE FROM `table` WHERE `where`, in the caller's transaction. Deleting a row deletes its entry from
 * each of the table's indexes at random; when the rows deleted are most of the table (and many: a large
 * import undone, a large shop's data cleared), the indexes are dropped first and built again over the
 * rows left (DeferredIndexes): one sort of those instead. Rows that reference these through a foreign
 * key must be gone first (the caller deletes them the same way): a cascade would look each one up.
 * `table` and `where` are the caller's own SQL, never user input. Returns the rows deleted.
 */
export function bulkDelete(sqlite: Database.Database, table: string, where: string, params: unknown[]): number {
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").pluck().all(table) as string[];
  if (!names.length) return sqlite.prepare(`DELETE FROM "${table}" WHERE ${where}`).run(...params).changes;
  const rows = sqlite
    .prepare(`SELECT count(*) FROM "${table}" WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  // A few rows (a small import undone): no count of the whole table, which reads all of an index.
  if (rows < DEFER_MIN_ROWS) return sqlite.prepare(`DELETE FROM "${table}" WHERE ${where}`).run(...params).changes;
  const all = sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  const indexes = new DeferredIndexes(sqlite, names, all - rows);
  indexes.check(rows);
  try {
    return sqlite.prepare(`DELETE FROM "${table}" WHERE ${where}`).run(...params).changes;
  } finally {
    indexes.restore();
  }
}
