import "server-only";
import { openDb } from "./open-db";
import type { Db } from "./client";
import { readEnv } from "@/lib/env";

// One connection per process; cached on globalThis so dev hot reload does not open new ones.
const g = globalThis as unknown as { liftboardDb?: Db };

export function getDb(): Db {
  g.liftboardDb ??= openDb(readEnv().DATABASE_PATH);
  return g.liftboardDb;
}
export type { Db };
