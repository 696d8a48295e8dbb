import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

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
