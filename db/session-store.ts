import Database from "better-sqlite3";
import path from "node:path";
import type { LimitStore } from "@/lib/auth/attempt-limiter";

/** The key-value store better-auth keeps sessions and its sign-in counters in (its "secondary storage"),
 * and Liftboard its own attempt limits (lib/auth). */
export type SessionStore = LimitStore & {
  getAndDelete(key: string): string | null;
  increment(key: string, ttlSeconds: number): number;
  close(): void;
};

/** Beside the data file: `data/liftboard.db` keeps its sessions in `data/liftboard.sessions.db`. */
export function sessionStorePath(databasePath: string): string {
  if (databasePath === ":memory:") return ":memory:";
  const { dir, name } = path.parse(databasePath);
  return path.join(dir, `${name}.sessions.db`);
}

/**
 * Sessions in a SQLite file of their own. SQLite lets one connection write a file at a time, and an
 * import holds the data file's lock for as long as it runs: a sign-in writing its session there
 * would wait for the import or fail. Here it waits only for other sign-ins, which take microseconds.
 * Losing this file signs everyone out and nothing else.
 */
export function openSessionStore(file: string, now: () => number = Date.now): SessionStore {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 1000");
  db.exec("CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER) WITHOUT ROWID");
  const read = db.prepare<[string, number], string>("SELECT value FROM kv WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)").pluck();
  const take = db
    .prepare<[string, number], string>("DELETE FROM kv WHERE key = ? RETURNING CASE WHEN expires_at IS NULL OR expires_at > ? THEN value END")
    .pluck();
  const write = db.prepare(
    "INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
  );
  const remove = db.prepare("DELETE FROM kv WHERE key = ?");
  // A prefix as a key range: the primary key's order serves it (LIKE would need escaping and a scan).
  const removeRange = db.prepare("DELETE FROM kv WHERE key >= ? AND key < ?");
  // A counter lives a fixed window from its first increment: an expired one starts again at 1.
  const bump = db.prepare<[string, number, number, number, number], { count: number; resetAt: number }>(
    `INSERT INTO kv (key, value, expires_at) VALUES (?, '1', ?)
     ON CONFLICT (key) DO UPDATE SET
       value = CASE WHEN expires_at <= ? THEN '1' ELSE CAST(CAST(value AS INTEGER) + 1 AS TEXT) END,
       expires_at = CASE WHEN expires_at <= ? THEN ? ELSE expires_at END
     RETURNING CAST(value AS INTEGER) AS count, expires_at AS resetAt`,
  );
  const takeBack = db.prepare("UPDATE kv SET value = CAST(CAST(value AS INTEGER) - 1 AS TEXT) WHERE key = ? AND expires_at > ? AND CAST(value AS INTEGER) > 0");
  const purge = db.prepare("DELETE FROM kv WHERE expires_at <= ?");
  const expiry = (ttlSeconds: number | undefined) => (ttlSeconds && ttlSeconds > 0 ? now() + ttlSeconds * 1000 : null);
  const counted = (key: string, ttlSeconds: number) => {
    const t = now();
    const until = expiry(ttlSeconds) ?? t + 60_000;
    wrote();
    return bump.get(key, until, t, t, until)!;
  };
  let writes = 0;
  const wrote = () => {
    if (++writes % 1000 === 0) purge.run(now());
  };
  return {
    get: (key) => read.get(key, now()) ?? null,
    getAndDelete: (key) => take.get(key, now()) ?? null,
    set(key, value, ttlSeconds) {
      write.run(key, value, expiry(ttlSeconds));
      wrote();
    },
    delete: (key) => void remove.run(key),
    deletePrefix: (prefix) => void removeRange.run(prefix, `${prefix}\uffff`),
    increment(key, ttlSeconds) {
      return counted(key, ttlSeconds).count;
    },
    count: (key, windowSeconds) => counted(key, windowSeconds),
    uncount: (key) => void takeBack.run(key, now()),
    close: () => db.close(),
  };
}
