import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { connectDb, type Db } from "./client";
import { migrateData, migrateMain, workspaceFile } from "./open-db";

export { workspaceFile };
import { ensureDefaultWorkspace } from "./queries/workspaces/workspaces";

/**
 * The server's database: one main file (DATABASE_PATH) with the accounts, workspaces, members,
 * invites, tokens, saved reports and share links, and one file per workspace with that workspace's
 * data (imports, orders, customers, products, campaigns, offers, feedback and everything derived).
 * SQLite has one write lock per file: an import holds its workspace's file, so another workspace's
 * import, and every write to the main file, goes on meanwhile.
 *
 * A workspace's connection opens its data file as `main` and attaches the main file as `control`:
 * every query names its tables as before and finds each in its file. Its writes to data tables
 * must not begin with BEGIN IMMEDIATE, which would take the main file's lock too (beginDataWrite).
 */
export type Store = {
  file: string;
  /** The main file alone: accounts, workspaces, membership, sessions of other kinds, shares. */
  main: Db;
  /** A connection to the workspace's data, with the main file attached; opened once and kept. */
  workspace(id: number): Db;
  close(): void;
};

/** The data tables, parents before children: what a workspace's file holds (db/migrations-data). */
export const DATA_TABLES = [
  "imports",
  "products",
  "customers",
  "customer_attributes",
  "orders",
  "order_lines",
  "campaigns",
  "offers",
  "feedback",
  "import_changes",
  "import_formats",
  "order_facts",
  "kpi_hours",
  "offer_hours",
  "customer_facts",
  "kpi_months",
  "kpi_cohorts",
  "campaign_facts",
  "customer_offer_facts",
  "offer_funnel_facts",
  "rfm_facts",
  "basket_chunks",
  "fact_slices",
  "order_slice_facts",
  "derived_freshness",
  "workspace_state",
] as const;

/** Opens the server's database at `file` (creating and migrating it if needed). A file that still
 * holds every workspace's data (made before the data moved to files of their own) has it moved first. */
export function openStore(file: string, { busyTimeoutMs }: { busyTimeoutMs?: number } = {}): Store {
  const main = connectDb(file);
  mkdirSync(path.dirname(workspaceFile(file, 0)), { recursive: true });
  migrateMain(main);
  ensureDefaultWorkspace(main);
  moveDataOut(main, file);
  if (busyTimeoutMs !== undefined) main.$client.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const open = new Map<number, Db>();
  return {
    file,
    main,
    workspace(id) {
      let db = open.get(id);
      if (!db) {
        db = openWorkspaceDb(file, id);
        if (busyTimeoutMs !== undefined) db.$client.pragma(`busy_timeout = ${busyTimeoutMs}`);
        open.set(id, db);
      }
      return db;
    },
    close() {
      for (const db of open.values()) db.$client.close();
      open.clear();
      main.$client.close();
    },
  };
}

/** A connection to one workspace's data file (created and migrated if needed), the main file attached. */
export function openWorkspaceDb(mainFile: string, workspaceId: number): Db {
  const db = connectDb(workspaceFile(mainFile, workspaceId));
  migrateData(db);
  db.$client.prepare("ATTACH DATABASE ? AS control").run(path.resolve(mainFile));
  db.$client.pragma("control.synchronous = NORMAL");
  return db;
}

/**
 * Moves each workspace's data out of a main file that still holds it, into the workspace's own file,
 * then drops the data tables from the main file. Until that drop the main file stays the only copy
 * that counts: a move stopped halfway (a crash) is done again from the start at the next open.
 */
function moveDataOut(main: Db, file: string): void {
  const sqlite = main.$client;
  const present = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter((t) =>
    (DATA_TABLES as readonly string[]).includes(t),
  );
  if (!present.length) return;
  const ids = sqlite.prepare("SELECT id FROM workspaces ORDER BY id").pluck().all() as number[];
  // Files left beside the main file (a restored one-file backup, a move stopped halfway) are not its data.
  const folder = path.dirname(workspaceFile(file, 0));
  for (const f of readdirSync(folder)) if (/\.db(-wal|-shm)?$/.test(f)) rmSync(path.join(folder, f), { force: true });
  for (const id of ids) {
    if (!present.some((t) => t !== "order_slice_facts" && sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM "${t}" WHERE workspace_id = ?)`).pluck().get(id)))
      continue;
    const db = connectDb(workspaceFile(file, id));
    try {
      migrateData(db);
      const t = db.$client;
      t.prepare("ATTACH DATABASE ? AS legacy").run(path.resolve(file));
      t.pragma("foreign_keys = OFF");
      // No journal for a new file that counts for nothing until the main file's data tables are dropped
      // (a stop halfway starts it over): the WAL would grow to the size of the data, written twice.
      t.pragma("journal_mode = OFF");
      t.pragma("synchronous = OFF");
      t.transaction(() => {
        for (const table of present) {
          // The columns both have: a later data migration may have added some the one file never had.
          const cols = (
            t
              .prepare("SELECT name FROM pragma_table_info(?, 'main') WHERE name IN (SELECT name FROM pragma_table_info(?, 'legacy'))")
              .pluck()
              .all(table, table) as string[]
          )
            .map((c) => `"${c}"`)
            .join(", ");
          const where = table === "order_slice_facts" ? "slice_id IN (SELECT id FROM legacy.fact_slices WHERE workspace_id = ?)" : "workspace_id = ?";
          t.prepare(`INSERT INTO main."${table}" (${cols}) SELECT ${cols} FROM legacy."${table}" WHERE ${where}`).run(id);
        }
        // New rows continue after the ids the shared file gave out, none reused.
        t.exec("DELETE FROM main.sqlite_sequence");
        t.exec("INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM legacy.sqlite_sequence WHERE name IN (SELECT name FROM main.sqlite_master)");
      })();
      t.exec("DETACH DATABASE legacy");
      t.pragma("journal_mode = WAL");
    } finally {
      db.$client.close();
    }
  }
  sqlite.pragma("foreign_keys = OFF");
  try {
    sqlite.transaction(() => {
      for (const table of [...present].reverse()) sqlite.exec(`DROP TABLE "${table}"`);
    })();
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
  try {
    sqlite.exec("VACUUM"); // gives the moved data's space back
  } catch (e) {
    console.warn(`Liftboard: ${file} keeps the space its moved data took (VACUUM: ${e instanceof Error ? e.message : e}).`);
  }
}
