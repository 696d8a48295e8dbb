import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { isKept, keepTempTable, KEPT_ROWS, KEPT_TABLES } from "./kept-temp-tables";

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
function connection(): Database.Database {
  const db = new Database(":memory:");
  open.push(db);
  return db;
}

/** keepTempTable with a fill that makes a table of `rows` rows, counting how often it ran. */
function keeper(db: Database.Database) {
  let fills = 0;
  // `counted`: the row count the fill reports, when it is not the rows it writes (the limits go by it).
  const keep = (key: string | null, rows = 1, pinned: string[] = [], counted = rows) =>
    keepTempTable(
      db,
      key,
      (name) => {
        fills++;
        db.exec(`CREATE TEMP TABLE "${name}" (n INTEGER)`);
        db.prepare(`WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?) INSERT INTO temp."${name}" SELECT n FROM s`).run(rows);
        return { rows: counted, extra: { made: fills } };
      },
      pinned,
    );
  return { keep, fills: () => fills };
}
const rowsOf = (db: Database.Database, name: string) => db.prepare(`SELECT count(*) FROM temp."${name}"`).pluck().get();
describe("keepTempTable", () => {
  it("gives the same table for the same key without filling it again, and a new one for another key", () => {
    const db = connection();
    const { keep, fills } = keeper(db);
    const a = keep("a", 3);
    expect(keep("a", 3)).toEqual(a);
    expect(fills()).toBe(1);
    expect(rowsOf(db, a.name)).toBe(3);
    const b = keep("b", 2);
    expect(b.name).not.toBe(a.name);
    expect(fills()).toBe(2);
    // A null key is never found again.
    expect(keep(null).name).not.toBe(keep(null).name);
  });

  it("drops the least recently used tables past the table limit", () => {
    const db = connection();
    const { keep } = keeper(db);
    const first = keep("first");
    const second = keep("second");
    for (let i = 0; i < KEPT_TABLES - 2; i++) keep(`t${i}`);
    keep("first"); // used again: now the most recent
    keep("one more");
    expect(isKept(db, first.name)).toBe(true);
    expect(isKept(db, second.name)).toBe(false);
    expect(db.prepare("SELECT count(*) FROM temp.sqlite_master WHERE type = 'table'").pluck().get()).toBe(KEPT_TABLES);
  });

  it("drops the oldest tables past the row limit, never the one just made", () => {
    const db = connection();
    const { keep } = keeper(db);
    const big = keep("big", KEPT_ROWS / 2 + 1);
    const small = keep("small", 10);
    expect(isKept(db, big.name)).toBe(true);
    const bigger = keep("bigger", KEPT_ROWS / 2 + 1);
    expect(isKept(db, big.name)).toBe(false);
    expect(isKept(db, small.name)).toBe(true);
    expect(isKept(db, bigger.name)).toBe(true);
    // Alone past the limit, the new table is still kept for the view that asked for it.
    const huge = keep("huge", KEPT_ROWS + 1);
    expect(isKept(db, huge.name)).toBe(true);
    expect(isKept(db, small.name)).toBe(false);
  });

  it("keeps the other tables of the view being resolved, even past the row limit", () => {
    const db = connection();
    const { keep } = keeper(db);
    const older = keep("older", 1);
    const customers = keep("customers", 1, [], KEPT_ROWS / 2);
    const offers = keep("offers", 1, [customers.name], KEPT_ROWS / 2);
    const orders = keep("orders", 1, [customers.name, offers.name], KEPT_ROWS / 2);
    expect([customers, offers, orders].map((t) => isKept(db, t.name))).toEqual([true, true, true]);
    expect(isKept(db, older.name)).toBe(false);
  });

  it("leaves no table behind when its fill fails", () => {
    const db = connection();
    expect(() =>
      keepTempTable(db, "a", (name) => {
        db.exec(`CREATE TEMP TABLE "${name}" (n INTEGER)`);
        throw new Error("the query failed");
      }),
    ).toThrow("the query failed");
    expect(db.prepare("SELECT count(*) FROM temp.sqlite_master").pluck().get()).toBe(0);
  });

  it("drops again a table whose drop was rolled back", () => {
    const db = connection();
    const { keep } = keeper(db);
    const first = keep("first");
    expect(() =>
      db.transaction(() => {
        for (let i = 0; i < KEPT_TABLES; i++) keep(`t${i}`); // drops "first"
        throw new Error("the view failed");
      })(),
    ).toThrow("the view failed");
    const tables = () => db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables()).toEqual([first.name]); // the rollback brought it back, unknown to the store
    keep("next");
    expect(tables()).toEqual([keep("next").name]);
  });

  it("makes a table again when the transaction it was made in was rolled back", () => {
    const db = connection();
    const { keep, fills } = keeper(db);
    let made = "";
    expect(() =>
      db.transaction(() => {
        made = keep("a", 4).name;
        throw new Error("the view failed");
      })(),
    ).toThrow("the view failed");
    expect(isKept(db, made)).toBe(false);
    const again = keep("a", 4);
    expect(fills()).toBe(2);
    expect(rowsOf(db, again.name)).toBe(4);
  });

  it("keeps each connection's tables apart", () => {
    const one = connection();
    const two = connection();
    const a = keeper(one).keep("a");
    expect(isKept(two, a.name)).toBe(false);
    expect(keeper(two).keep("a").name).toBe(a.name); // the same name, but its own table
    expect(isKept(one, a.name)).toBe(true);
  });
});
