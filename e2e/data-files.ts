import path from "node:path";
import Database from "better-sqlite3";
import { workspaceFile } from "@/db/open-db";

/** The e2e server's main file (playwright.config.ts). */
export const DATABASE = path.join(process.cwd(), "e2e", ".data", "liftboard-e2e.db");

/** The file holding the data of the workspace at `slug`, as the server keeps it (db/store.ts). */
export function workspaceDataFile(slug: string): string {
  const main = new Database(DATABASE, { readonly: true });
  try {
    const id = main.prepare("SELECT id FROM workspaces WHERE slug = ?").pluck().get(slug) as number | undefined;
    if (id === undefined) throw new Error(`No workspace ${slug} in ${DATABASE}`);
    return workspaceFile(DATABASE, id);
  } finally {
    main.close();
  }
}

/** A connection to the workspace's data, the main file attached, as the server's own (db/store.ts). */
export function openWorkspaceData(slug: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(workspaceDataFile(slug), { readonly: options.readonly ?? false });
  db.prepare("ATTACH DATABASE ? AS control").run(DATABASE);
  db.pragma("busy_timeout = 5000");
  return db;
}
