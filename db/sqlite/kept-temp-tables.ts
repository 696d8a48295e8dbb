import type Database from "better-sqlite3";

/** What keepTempTable gives: the table's name, its row count and what `fill` returned beside it. */
export type KeptTable<T> = { name: string; rows: number; extra: T };

type Entry = KeptTable<unknown> & { key: string | null };
type Store = {
  next: number;
  /** Least recently used first. */
  entries: Map<string, Entry>;
  names: Set<string>;
  /** Dropped tables, dropped again outside a transaction: a rollback brings back a table dropped in it. */
  dropped: string[];
  exists: Database.Statement;
};

// Per connection: its kept temp tables. Temp tables are the connection's own, so every connection (the
// request thread's, each worker's) keeps its own set.
const stores = new WeakMap<Database.Database, Store>();

/** At most this many tables and rows per connection: the oldest are dropped first. A view uses one to
 * three; the rows bound the temp file (temp tables live on disk, through SQLite's page cache). */
export const KEPT_TABLES = 12;
export const KEPT_ROWS = 2_000_000;

function storeOf(sqlite: Database.Database): Store {
  let store = stores.get(sqlite);
  if (!store) {
    const exists = sqlite.prepare("SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = ?");
    stores.set(sqlite, (store = { next: 0, entries: new Map(), names: new Set(), dropped: [], exists }));
  }
  return store;
}

/**
 * A temp table of this connection, made by `fill(name)` (which creates and fills it, and returns its row
 * count and anything derived from it, e.g. an id map) and kept under `key`: a later call with the same
 * key gets the same table without filling it again. The key must name everything the rows depend on
 * (e.g. the workspace's data state); a null key is never found again. Tables past KEPT_TABLES or
 * KEPT_ROWS are dropped, oldest first, except this one and those in `pinned` (the other tables of the
 * view being resolved); isKept tells a holder whether its table is still there.
 */
export function keepTempTable<T>(
  sqlite: Database.Database,
  key: string | null,
  fill: (name: string) => { rows: number; extra: T },
  pinned: readonly string[] = [],
): KeptTable<T> {
  const store = storeOf(sqlite);
  if (!sqlite.inTransaction && store.dropped.length) {
    for (const name of store.dropped.splice(0)) sqlite.exec(`DROP TABLE IF EXISTS temp."${name}"`);
  }
  const found = key === null ? undefined : store.entries.get(key);
  // A table made inside a transaction that was rolled back since is gone with it.
  if (found && store.exists.get(found.name) !== undefined) {
    store.entries.delete(key!); // most recently used goes last
    store.entries.set(key!, found);
    return found as KeptTable<T>;
  }
  if (found) forget(store, key!, found);
  const name = `kept_${++store.next}`;
  let made: { rows: number; extra: T };
  try {
    made = fill(name);
  } catch (e) {
    sqlite.exec(`DROP TABLE IF EXISTS temp."${name}"`);
    throw e;
  }
  const entry: Entry = { name, rows: made.rows, extra: made.extra, key };
  store.entries.set(key ?? `\0${name}`, entry);
  store.names.add(name);
  let total = 0;
  for (const e of store.entries.values()) total += e.rows;
  for (const [k, e] of store.entries) {
    if (store.entries.size <= KEPT_TABLES && total <= KEPT_ROWS) break;
    if (e === entry || pinned.includes(e.name)) continue;
    sqlite.exec(`DROP TABLE IF EXISTS temp."${e.name}"`);
    if (sqlite.inTransaction) store.dropped.push(e.name);
    forget(store, k, e);
    total -= e.rows;
  }
  return entry as KeptTable<T>;
}

function forget(store: Store, key: string, entry: Entry): void {
  store.entries.delete(key);
  store.names.delete(entry.name);
}

/** Whether keepTempTable still holds the table `name` on this connection (not dropped to make room). */
export function isKept(sqlite: Database.Database, name: string): boolean {
  const store = stores.get(sqlite);
  return store !== undefined && store.names.has(name) && store.exists.get(name) !== undefined;
}
