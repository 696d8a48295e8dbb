import type Database from "better-sqlite3";
import { DEFER_MIN_ROWS, DeferredIndexes } from "./deferred-indexes";

/**
 * DELETE FROM `table` WHERE `where`, in the caller's transaction. Deleting a row deletes its entry from
 * each of the table's indexes at random; when the rows deleted are most of the table (and many: a large
 * import undone, a large shop's data cleared), the indexes are dropped first and built again over the
 * rows left (DeferredIndexes): one sort of those instead. Only inside the caller's transaction, so that
 * no failure or crash leaves a table without its indexes. A row that references a deleted one through
 * a foreign key is looked up by its own table's index (a cascade): delete those rows first when there
 * are many. `table` and `where` are the caller's own SQL, never user input. Returns the rows deleted.
 */
export function bulkDelete(sqlite: Database.Database, table: string, where: string, params: unknown[]): number {
  if (!sqlite.inTransaction) throw new Error(`bulkDelete from ${table}: only inside a transaction`);
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").pluck().all(table) as string[];
  const remove = () => sqlite.prepare(`DELETE FROM "${table}" WHERE ${where}`).run(...params).changes;
  if (!names.length) return remove();
  const rows = sqlite
    .prepare(`SELECT count(*) FROM "${table}" WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  // A few rows (a small import undone): no count of the whole table, which reads all of an index.
  if (rows < DEFER_MIN_ROWS) return remove();
  const all = sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  const indexes = new DeferredIndexes(sqlite, names, all - rows);
  indexes.check(rows);
  try {
    return remove();
  } finally {
    // After a failure SQLite may have rolled the transaction back itself, indexes and all.
    if (sqlite.inTransaction) indexes.restore();
  }
}
