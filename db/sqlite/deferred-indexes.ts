import type Database from "better-sqlite3";

/** Below this many rows written, indexes are kept up to date row by row whatever the table holds. */
export const DEFER_MIN_ROWS = 50_000;

/**
 * Keeping an index up to date row by row costs a random b-tree insert per row; building it again
 * is one sort. Once a bulk write exceeds the rows its table held before (so a rebuild costs at most
 * about twice the write's own rows), the given indexes are dropped inside the caller's transaction
 * and created again when the write is done: a rollback brings them back untouched, and readers on
 * other connections keep seeing the committed schema. Large imports save the most on order lines
 * and order facts.
 */
export class DeferredIndexes {
  private dropped: string[] | null = null;

  /** `rowsBefore`: about how many rows the indexes' table holds (a max(id) is close enough). */
  constructor(
    private readonly sqlite: Database.Database,
    private readonly names: readonly string[],
    private readonly rowsBefore: number,
  ) {}

  /** Called as rows are written; drops the indexes once the write outgrows the table. */
  check(rowsWritten: number): void {
    if (this.dropped || rowsWritten < Math.max(DEFER_MIN_ROWS, this.rowsBefore)) return;
    const found = this.sqlite
      .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (${this.names.map(() => "?").join(", ")}) AND sql IS NOT NULL`)
      .pluck()
      .all(...this.names) as string[];
    for (const name of this.names) this.sqlite.exec(`DROP INDEX IF EXISTS ${name}`);
    this.dropped = found;
  }

  /** Creates the dropped indexes again (in the same transaction). */
  restore(): void {
    for (const sql of this.dropped ?? []) this.sqlite.exec(sql);
    this.dropped = null;
  }
}
