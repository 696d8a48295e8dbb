import { afterEach } from "vitest";
import { user } from "@/db/schema";
import { tempDb } from "@/db/testing/temp-db";
import type { Db } from "../client";
import { createWorkspace } from "../queries/workspaces/workspaces";

export const T0 = new Date("2026-03-01T09:00:00Z");
export const later = (ms: number) => new Date(T0.getTime() + ms);

let cleanup = () => {};
afterEach(() => cleanup());

/** A fresh SQLite file with user "ann" and two workspaces, A (EUR, Amsterdam) and B (USD, UTC), for
 * the report and share-link tests that check one workspace can never reach the other's rows. */
export function twoShops() {
  const t = tempDb();
  cleanup = t.cleanup;
  t.db.insert(user).values({ id: "ann", name: "Ann", email: "ann@x.nl", createdAt: T0, updatedAt: T0 }).run();
  const a = createWorkspace(t.db, { name: "Shop A", currency: "EUR", timezone: "Europe/Amsterdam", locale: "nl" });
  const b = createWorkspace(t.db, { name: "Shop B", currency: "USD", timezone: "UTC", locale: "en" });
  return { db: t.db as Db, a, b };
}
