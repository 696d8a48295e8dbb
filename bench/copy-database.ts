// A server's database is its main file, its sessions file and a folder with each workspace's data
// (db/store.ts): the benches remove and copy all three together.
import { copyFileSync, cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { workspaceFile } from "@/db/open-db";

const workspacesDir = (dbPath: string) => path.dirname(workspaceFile(dbPath, 0));
const sessionsFile = (dbPath: string) => dbPath.replace(/\.db$/, "") + ".sessions.db"; // db/session-store.ts

/** Removes the database at `dbPath`, every file of it. */
export function removeDatabase(dbPath: string): void {
  for (const f of [dbPath, sessionsFile(dbPath)]) for (const suffix of ["", "-wal", "-shm"]) rmSync(f + suffix, { force: true });
  rmSync(workspacesDir(dbPath), { recursive: true, force: true });
}

/** A copy of the (closed) database at `source` at `target`, without its sessions. */
export function copyDatabase(source: string, target: string): void {
  removeDatabase(target);
  copyFileSync(source, target);
  if (existsSync(workspacesDir(source))) cpSync(workspacesDir(source), workspacesDir(target), { recursive: true });
}
