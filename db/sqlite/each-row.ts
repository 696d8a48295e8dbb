import { sql, type SQL } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Db } from "../client";

/** At most this many values per row. */
const MAX_VALUES = 8;

type Visit = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown, g: unknown, h: unknown) => void;

// Per connection: the visitor of the statement running now. Statements run one at a time on a
// connection, and a visit must not start another statement on it.
const current = new WeakMap<Database.Database, { visit: Visit | null }>();

/**
 * Calls `visit` with the values `columns` gives for each row of `from` (`FROM … WHERE …`), in the order
 * SQLite reads them, and returns how many rows it visited. The values are handed to a SQL function inside
 * the statement, so no JavaScript row is built per row: for tallying millions of rows into a few groups
 * (SQLite's GROUP BY sorts every row first). `ctes` go before the statement. This is SQLite's way; another
 * engine would group in SQL.
 */
export function eachRow(db: Db, columns: SQL[], from: SQL, visit: Visit, ctes: SQL[] = []): number {
  if (columns.length === 0 || columns.length > MAX_VALUES) throw new Error(`eachRow: 1 to ${MAX_VALUES} columns, not ${columns.length}`);
  const sqlite = db.$client;
  let slot = current.get(sqlite);
  if (!slot) {
    const registered = { visit: null as Visit | null };
    sqlite.function("liftboard_each_row", { varargs: true, deterministic: false }, (a, b, c, d, e, f, g, h) => {
      registered.visit!(a, b, c, d, e, f, g, h);
      return 0;
    });
    current.set(sqlite, (slot = registered));
  }
  if (slot.visit) throw new Error("eachRow: a visit may not start another eachRow on its connection");
  slot.visit = visit;
  try {
    const withCtes = ctes.length ? sql`WITH ${sql.join(ctes, sql`, `)} ` : sql``;
    return db.get<{ n: number }>(sql`${withCtes}SELECT count(liftboard_each_row(${sql.join(columns, sql`, `)})) AS n FROM ${from}`)!.n;
  } finally {
    slot.visit = null;
  }
}
