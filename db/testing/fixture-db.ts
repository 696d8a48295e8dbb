import { afterAll } from "vitest";
import type { Db } from "@/db/client";
import { tempDb } from "./temp-db";

/** One real SQLite file per test file, seeded once and deleted after the file's tests. */
export function fixtureDb(seed: (db: Db) => { workspaceId: number }): { db: Db; workspaceId: number } {
  const t = tempDb();
  afterAll(() => t.cleanup());
  return { db: t.db, workspaceId: seed(t.db).workspaceId };
}
