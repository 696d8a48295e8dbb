import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../client";
import { eachRow } from "./each-row";

function db(): Db {
  const sqlite = new Database(":memory:");
  sqlite.exec("CREATE TABLE t (id INTEGER, v TEXT, x REAL, b BLOB)");
  const insert = sqlite.prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
  [
    [1, "a", 1.5, Buffer.from([1])],
    [2, null, -2, null],
    [3, "c", 9007199254740991, Buffer.from([2, 3])],
  ].forEach((r) => insert.run(...r));
  return drizzle(sqlite) as unknown as Db;
}

describe("eachRow", () => {
  it("visits each row's values in the order SQLite reads them, with their types, and counts the rows", () => {
    const d = db();
    const seen: unknown[][] = [];
    const n = eachRow(d, [sql`id`, sql`v`, sql`x`, sql`b`], sql`t WHERE id <> ${9}`, (a, b, c, e) => seen.push([a, b, c, e]));
    expect(n).toBe(3);
    expect(seen).toEqual([
      [1, "a", 1.5, Buffer.from([1])],
      [2, null, -2, null],
      [3, "c", 9007199254740991, Buffer.from([2, 3])],
    ]);
    expect(eachRow(d, [sql`id`], sql`t WHERE id <> ${2}`, () => {})).toBe(2);
    // The statement's CTEs go before it.
    const ids: unknown[] = [];
    expect(eachRow(d, [sql`k`], sql`k`, (k) => ids.push(k), [sql`k(k) AS (SELECT id * 10 FROM t)`])).toBe(3);
    expect(ids).toEqual([10, 20, 30]);
  });

  it("refuses a visit that starts another, and is usable again after a visit throws", () => {
    const d = db();
    expect(() => eachRow(d, [sql`id`], sql`t`, () => eachRow(d, [sql`id`], sql`t`, () => {}))).toThrow(/may not start another/);
    expect(() =>
      eachRow(d, [sql`id`], sql`t`, (id) => {
        if (id === 2) throw new Error("stop at 2");
      }),
    ).toThrow(/stop at 2/);
    let visited = 0;
    expect(eachRow(d, [sql`id`], sql`t`, () => visited++)).toBe(3);
    expect(visited).toBe(3);
  });
});
