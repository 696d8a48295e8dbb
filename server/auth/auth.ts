import "server-only";
import { getDb, getSessionStore } from "@/db";
import { readEnv } from "@/lib/env";
import { createAuth, type Auth } from "./create-auth";

const g = globalThis as unknown as { liftboardAuth?: Auth };

export function getAuth(): Auth {
  g.liftboardAuth ??= createAuth(getDb(), readEnv(), { withNextCookies: true, sessions: getSessionStore() });
  return g.liftboardAuth;
}
