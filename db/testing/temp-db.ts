import { afterEach } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb } from "@/db/open-db";
import { connectDb, writeIfFree, type Db } from "@/db/client";

/** A real SQLite file in a temp folder, migrated; `cleanup` closes and deletes it. */
export function tempDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "liftboard-test-"));
  const file = path.join(dir, "test.db");
  const db = openDb(file);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** For a test file whose tests each open their own database: call once at the top; each call of the
 * returned function opens a new one, closed and deleted after the test that opened it. */
export function tempDbPerTest(): () => { db: Db; file: string } {
  const open: (() => void)[] = [];
  afterEach(() => {
    for (const close of open.splice(0)) close();
  });
  return () => {
    const t = tempDb();
    open.push(t.cleanup);
    return t;
  };
}

/** Whether another connection (an import into another workspace) could take the database's write
 * lock on `file` right now, without waiting: it takes it and lets it go. */
export function writeLockIsFree(file: string): boolean {
  const other = connectDb(file);
  try {
    return writeIfFree(other, () => {
      other.$client.exec("BEGIN IMMEDIATE");
      other.$client.exec("ROLLBACK");
    });
  } finally {
    other.$client.close();
  }
}
