import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { idListSql, parseIdList } from "./id-lists";

describe("id lists read as one text", () => {
  it("gives SQLite's ids, in its order, at the place asked", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (id INTEGER)");
    const ids = [0, 7, 10, 2147483647, 42, 1000000, 9];
    const insert = db.prepare("INSERT INTO t VALUES (?)");
    for (const id of ids) insert.run(id);
    const [text, count] = db
      .prepare(`SELECT ${idListSql("id")} FROM (SELECT id FROM t ORDER BY rowid)`)
      .raw()
      .get() as [string, number];
    const into = new Int32Array(count + 2).fill(-1);
    parseIdList(text, count, into, 2);
    expect([...into]).toEqual([-1, -1, ...ids]);
  });

  it("reads no rows as no ids", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (id INTEGER)");
    const [text, count] = db
      .prepare(`SELECT ${idListSql("id")} FROM t`)
      .raw()
      .get() as [string | null, number];
    expect([text, count]).toEqual([null, 0]);
    expect(() => parseIdList(text, count, new Int32Array(0), 0)).not.toThrow();
  });

  it("refuses a text that is not the ids counted rather than read wrong ids", () => {
    const into = new Int32Array(4);
    expect(() => parseIdList("1,2", 3, into, 0)).toThrow("2 ids read, 3 counted");
    expect(() => parseIdList("1,,2", 3, into, 0)).toThrow("an empty id");
    expect(() => parseIdList("1,-2", 2, into, 0)).toThrow('"-" at 2 is no digit');
    expect(() => parseIdList("2147483648", 1, into, 0)).toThrow("past 2147483647");
    expect(() => parseIdList(null, 1, into, 0)).toThrow("1 ids counted, no text");
  });
});
