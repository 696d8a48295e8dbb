import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { existsSync } from "node:fs";
import path from "node:path";
import { connectDb, type Db } from "./client";
import { ensureDefaultWorkspace } from "./queries/workspaces/workspaces";

// Paths built at run time from the app's folder, as the workers' are.
const MIGRATIONS = path.join(process.cwd(), "db", "migrations");
const DATA_MIGRATIONS = path.join(process.cwd(), "db", "migrations-data");

/** Opens (creating if needed) a Liftboard database held in ONE file, every workspace's data with
 * the accounts and workspaces, applies pending migrations and makes sure a workspace exists. Unit tests
 * use it; the server, the CLI and the benches keep each workspace's data in a file of its own
 * (openStore, db/store.ts), with the same tables and queries. */
export function openDb(file: string): Db {
  if (keepsWorkspaceFiles(file))
    throw new Error(
      `${file} keeps each workspace's data in a file of its own (${path.dirname(workspaceFile(file, 0))}): open it with openStore (db/store.ts).`,
    );
  const db = connectDb(file);
  migrateMain(db);
  migrateData(db);
  ensureDefaultWorkspace(db);
  return db;
}

/** db/migrations: the accounts, workspaces and their settings (and, up to 0026, the data tables). */
export function migrateMain(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS });
}

/** db/migrations-data: a workspace's data tables (commerce, marketing, imports, derived data). */
export function migrateData(db: Db): void {
  migrate(db, { migrationsFolder: DATA_MIGRATIONS, migrationsTable: "__drizzle_data_migrations" });
}

/** Where a workspace's data lives beside a server's main file (db/store.ts): `data/liftboard.db`
 * keeps workspace 3 in `data/liftboard.workspaces/3.db`. */
export function workspaceFile(mainFile: string, workspaceId: number): string {
  const main = path.resolve(mainFile);
  return path.join(path.dirname(main), `${path.basename(main, path.extname(main))}.workspaces`, `${workspaceId}.db`);
}

/** Whether `file` is a server's main file (openStore made the folder of its workspaces' files). */
export function keepsWorkspaceFiles(file: string): boolean {
  return file !== ":memory:" && existsSync(path.dirname(workspaceFile(file, 0)));
}
