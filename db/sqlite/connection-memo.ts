import type Database from "better-sqlite3";

/**
 * Results kept per connection (each database file, each worker its own) under a key that must name
 * everything they depend on, such as a resolved filter's data state: `memo(sqlite, key, compute)` gives
 * the kept result or computes and keeps it, at most `max` per connection, least recently used dropped.
 * Only for reads of committed data: a value read inside a write transaction that is rolled back would
 * stay under its key.
 */
export function connectionMemo<T>(max: number): (sqlite: Database.Database, key: string, compute: () => T) => T {
  const memos = new WeakMap<Database.Database, Map<string, T>>();
  return (sqlite, key, compute) => {
    let memo = memos.get(sqlite);
    if (!memo) memos.set(sqlite, (memo = new Map()));
    if (memo.has(key)) {
      const hit = memo.get(key)!;
      memo.delete(key); // most recently used goes last
      memo.set(key, hit);
      return hit;
    }
    const value = compute();
    memo.set(key, value);
    if (memo.size > max) memo.delete(memo.keys().next().value!);
    return value;
  };
}
