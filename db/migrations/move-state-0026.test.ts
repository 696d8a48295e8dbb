import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { connectDb } from "../client";

const dir = mkdtempSync(path.join(os.tmpdir(), "lb-0026-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was before `tag`. */
function migrationsBefore(tag: string): string {
  const folder = path.join(dir, "migrations");
  cpSync(__dirname, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

// The workspace's data state moves off the workspace row, next to its data: no kept table is rebuilt
// and no cached answer is served again because of the move.
describe("migration 0026", () => {
  it("carries each workspace's data version and kept-table state into workspace_state", () => {
    const db = connectDb(path.join(dir, "old.db"));
    migrate(db, { migrationsFolder: migrationsBefore("0026_workspace_state") });
    const add = db.$client.prepare(
      `INSERT INTO workspaces (id, name, slug, hash_salt, created_at, data_version, kpi_months_timezone, baskets_kept, offer_facts_version)
       VALUES (?, ?, ?, 's', 0, ?, ?, ?, ?)`,
    );
    add.run(1, "Shop", "shop", 7, "Europe/London", 1, 7);
    add.run(2, "Empty", "empty", 0, null, 0, null);
    migrate(db, { migrationsFolder: __dirname });
    expect(db.$client.prepare("SELECT * FROM workspace_state ORDER BY workspace_id").raw().all()).toEqual([
      [1, 7, "Europe/London", 1, 7],
      [2, 0, null, 0, null],
    ]);
    const columns = db.$client.prepare("SELECT name FROM pragma_table_info('workspaces')").pluck().all();
    expect(columns).not.toContain("data_version");
    db.$client.close();
  });
});
