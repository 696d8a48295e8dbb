// Serves the production build on a throwaway database for the browser tests.
import { rmSync, mkdirSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";

const db = process.env.DATABASE_PATH;
if (!db || !db.includes(`${path.sep}e2e${path.sep}.data${path.sep}`)) {
  console.error("e2e-server: refusing to run on a database outside e2e/.data/");
  process.exit(1);
}
mkdirSync(path.dirname(db), { recursive: true });
const sessions = db.replace(/\.db$/, "") + ".sessions.db"; // db/session-store.ts
for (const f of [db, sessions]) for (const suffix of ["", "-wal", "-shm"]) rmSync(f + suffix, { force: true });
rmSync(db.replace(/\.db$/, "") + ".workspaces", { recursive: true, force: true }); // each workspace's data (db/store.ts)
const child = spawn(process.execPath, ["server.mjs"], { stdio: "inherit", env: { ...process.env, LIFTBOARD_HOST: "127.0.0.1" } });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
