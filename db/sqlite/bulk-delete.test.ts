import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { bulkDelete } from "./bulk-delete";

// A table of 60,000 rows (over the 50,000 at which indexes are rebuilt) with two indexes.
function table(): Database.Database {
  const db = new Database(":memory:");
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, ws INTEGER NOT NULL, k TEXT NOT NULL);
           CREATE UNIQUE INDEX t_k_uq ON t (ws, k);
           CREATE INDEX t_ws_idx ON t (ws, id);
           WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000)
           INSERT INTO t (ws, k) SELECT CASE WHEN i <= 59990 THEN 2 ELSE 1 END, 'k' || i FROM n;`);
  return db;
}
const schema = (db: Database.Database) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();

describe("bulkDelete", () => {
  it("deletes most of a table through rebuilt indexes, which then hold exactly the rows left", () => {
    const db = table();
    const before = schema(db);
    expect(db.transaction(() => bulkDelete(db, "t", "ws = ?", [2]))()).toBe(59_990);
    expect(schema(db)).toEqual(before);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.prepare("SELECT count(*) FROM t WHERE ws = 1").pluck().get()).toBe(10);
  });

  it("refuses to run outside a transaction: a crash between dropping and building an index would lose it", () => {
    const db = table();
    expect(() => bulkDelete(db, "t", "ws = ?", [2])).toThrow(/only inside a transaction/);
    expect(db.prepare("SELECT count(*) FROM t").pluck().get()).toBe(60_000);
  });

  it("a failure in the delete leaves, once rolled back, every row and index as before", () => {
    const db = table();
    const before = schema(db);
    db.exec("CREATE TRIGGER stop BEFORE DELETE ON t WHEN old.k = 'k30000' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    expect(() => db.transaction(() => bulkDelete(db, "t", "ws = ?", [2]))()).toThrow("disk on fire");
    expect(db.inTransaction).toBe(false);
    expect(schema(db)).toEqual(before);
    expect(db.prepare("SELECT count(*) FROM t").pluck().get()).toBe(60_000);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
