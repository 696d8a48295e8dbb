import "server-only";
import { openDb } from "./open-db";
import { REQUEST_LOCK_WAIT_MS, type Db } from "./client";
import { openSessionStore, sessionStorePath, type SessionStore } from "./session-store";
import { readEnv } from "@/lib/env";

// One connection per process; cached on globalThis so dev hot reload does not open new ones.
const g = globalThis as unknown as { liftboardDb?: Db; liftboardSessions?: SessionStore };

export function getDb(): Db {
  if (!g.liftboardDb) {
    g.liftboardDb = openDb(readEnv().DATABASE_PATH);
    g.liftboardDb.$client.pragma(`busy_timeout = ${REQUEST_LOCK_WAIT_MS}`);
  }
  return g.liftboardDb;
}
export type { Db };

/** The server's sessions, beside the data file (db/session-store.ts). */
export function getSessionStore(): SessionStore {
  g.liftboardSessions ??= openSessionStore(sessionStorePath(readEnv().DATABASE_PATH));
  return g.liftboardSessions;
}
