import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** How long the server's requests wait for SQLite's write lock (connectDb's default suits the CLI).
 * better-sqlite3 waits on the thread that serves every request, and an import holds the lock for as
 * long as it runs: a write that cannot have it soon fails, saying an import is running, rather than
 * stall everyone. */
export const REQUEST_LOCK_WAIT_MS = 250;

/** Connects to a SQLite file (creating it and its folder if needed) with Liftboard's settings.
 * Schema and first workspace are openDb's (db/open-db.ts): this module knows no query. */
export function connectDb(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // SQLite's own default page cache (2 MB; better-sqlite3 builds with 16 MB): the sorter sizes its
  // in-memory runs by the cache, and runs that fit the CPU's caches sort faster (the segments table's
  // GROUP BY and the offers page gained, nothing got slower). Large sorts may also use the second core
  // (SQLite sorts runs in a worker thread; the Node process serves requests on one). Imports set their
  // own cache size.
  sqlite.pragma("cache_size = -2000");
  sqlite.pragma("threads = 2");
  return drizzle(sqlite, { schema }) as Db;
}

/** True for SQLite's "database is locked": another connection held the write lock past the busy timeout.
 * drizzle wraps the driver's error (its `cause`). */
export const isLockBusy = (e: unknown): boolean => {
  const err = e as { code?: unknown; cause?: { code?: unknown } } | null;
  return err?.code === "SQLITE_BUSY" || err?.cause?.code === "SQLITE_BUSY";
};

/** Runs the write `fn` only if SQLite's write lock is free now: false, with nothing written, when
 * another connection (an import) holds it. For writes that can wait in memory instead of stalling
 * the request thread. */
export function writeIfFree(db: Db, fn: () => void): boolean {
  const wait = db.$client.pragma("busy_timeout", { simple: true }) as number;
  db.$client.pragma("busy_timeout = 0");
  try {
    fn();
    return true;
  } catch (e) {
    if (isLockBusy(e)) return false;
    throw e;
  } finally {
    db.$client.pragma(`busy_timeout = ${wait}`);
  }
}

/** The main file attached to a workspace's connection as `control` (db/store.ts); undefined on any
 * other connection. */
function attachedMainFile(db: Db): string | undefined {
  const files = db.$client.prepare("PRAGMA database_list").all() as { name: string; file: string }[];
  return files.find((f) => f.name === "control")?.file;
}

/** The server's main file behind a connection: the attached one on a workspace's connection, else
 * the connection's own file (a database of one file). */
export function mainFileOf(db: Db): string {
  return attachedMainFile(db) ?? db.$client.name;
}

/** Runs `fn` on the main file and commits it at once, even inside a transaction of a workspace's
 * connection (on a connection of its own): a write there would otherwise hold the main file's lock
 * until that transaction ends. In a database of one file, `fn` runs on `db`, in its transaction. */
export function writeMainFile(db: Db, fn: (main: Db) => void): void {
  const mainFile = attachedMainFile(db);
  if (mainFile === undefined) return fn(db);
  const main = connectDb(mainFile);
  try {
    main.$client.pragma(`busy_timeout = ${db.$client.pragma("busy_timeout", { simple: true }) as number}`);
    fn(main);
  } finally {
    main.$client.close();
  }
}
