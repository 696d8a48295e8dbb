import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import { connectDb, type Db } from "./client";
import { ensureDefaultWorkspace } from "./queries/workspaces/workspaces";

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

/** Opens (creating if needed) a Liftboard database file, applies pending migrations and makes
 * sure a workspace exists, so any entry point can start from an empty file. */
export function openDb(file: string): Db {
  const db = connectDb(file);
  migrate(db, { migrationsFolder: MIGRATIONS });
  ensureDefaultWorkspace(db);
  return db;
}
