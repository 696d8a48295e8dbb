import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/db/client";

/** A real SQLite file in a temp folder, migrated; `cleanup` closes and deletes it. */
export function tempDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "liftboard-test-"));
  const file = path.join(dir, "test.db");
  const db = openDb(file);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
