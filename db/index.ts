import "server-only";
import { REQUEST_LOCK_WAIT_MS, type Db } from "./client";
import { openStore, type Store } from "./store";
import { openSessionStore, sessionStorePath, type SessionStore } from "./session-store";
import { readEnv } from "@/lib/env";

// One store per process; cached on globalThis so dev hot reload does not open new connections.
const g = globalThis as unknown as { liftboardStore?: Store; liftboardSessions?: SessionStore };

function store(): Store {
  g.liftboardStore ??= openStore(readEnv().DATABASE_PATH, { busyTimeoutMs: REQUEST_LOCK_WAIT_MS });
  return g.liftboardStore;
}

/** The main file: accounts, workspaces, members, invites, tokens, saved reports, share links. */
export function getDb(): Db {
  return store().main;
}

/** A workspace's data (with the main file's tables too): for a caller already authorized for it. */
export function getWorkspaceDb(workspaceId: number): Db {
  return store().workspace(workspaceId);
}
export type { Db };

/** The server's sessions, beside the data file (db/session-store.ts). */
export function getSessionStore(): SessionStore {
  g.liftboardSessions ??= openSessionStore(sessionStorePath(readEnv().DATABASE_PATH));
  return g.liftboardSessions;
}
