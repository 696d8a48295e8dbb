import type Database from "better-sqlite3";

/** What keepTempTable gives: the table's name, its row count and what `fill` returned beside it. */
export type KeptTable<T> = { name: string; rows: number; extra: T };

type Entry = KeptTable<unknown> & { key: string | null };

// Per connection: its kept temp tables, least recently used first. Temp tables are the connection's
// own, so every connection (the request thread's, each worker's) keeps its own set.
const stores = new WeakMap<Database.Database, { next: number; entries: Map<string, Entry> }>();

/** At most this many tables and rows per connection: the oldest are dropped first. A view uses one to
 * three; the rows bound the temp file (temp tables live on disk, through SQLite's page cache). */
export const KEPT_TABLES = 12;
export const KEPT_ROWS = 2_000_000;

/**
 * A temp table of this connection, made by `fill(name)` (which creates and fills it, and returns its row
 * count and anything derived from it, e.g. an id map) and kept under `key`: a later call with the same
 * key gets the same table without filling it again. The key must name everything the rows depend on
 * (e.g. the workspace's data version); a null key is never found again. Tables past KEPT_TABLES or
 * KEPT_ROWS are dropped, oldest first; isKept tells a holder whether its table is still there.
 */
export function keepTempTable<T>(sqlite: Database.Database, key: string | null, fill: (name: string) => { rows: number; extra: T }): KeptTable<T> {
  let store = stores.get(sqlite);
  if (!store) stores.set(sqlite, (store = { next: 0, entries: new Map() }));
  const found = key === null ? undefined : store.entries.get(key);
  // A table made inside a transaction that was rolled back since is gone with it.
  if (found && tempTableExists(sqlite, found.name)) {
    store.entries.delete(key!); // most recently used goes last
    store.entries.set(key!, found);
    return found as KeptTable<T>;
  }
  if (found) store.entries.delete(key!);
  const name = `kept_${++store.next}`;
  const { rows, extra } = fill(name);
  const entry: Entry = { name, rows, extra, key };
  store.entries.set(key ?? `\0${name}`, entry);
  let total = 0;
  for (const e of store.entries.values()) total += e.rows;
  for (const [k, e] of store.entries) {
    if (store.entries.size <= KEPT_TABLES && total <= KEPT_ROWS) break;
    if (e === entry) continue;
    sqlite.exec(`DROP TABLE IF EXISTS temp."${e.name}"`);
    store.entries.delete(k);
    total -= e.rows;
  }
  return entry as KeptTable<T>;
}

/** Whether keepTempTable still holds the table `name` on this connection (not dropped to make room). */
export function isKept(sqlite: Database.Database, name: string): boolean {
  const store = stores.get(sqlite);
  if (!store) return false;
  for (const e of store.entries.values()) if (e.name === name) return tempTableExists(sqlite, name);
  return false;
}

const tempTableExists = (sqlite: Database.Database, name: string) =>
  sqlite.prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
