import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { keepsWorkspaceFiles, openDb } from "@/db/open-db";
import { openWorkspaceDb } from "@/db/store";

// Another import may hold SQLite's write lock for a while: a worker waits for it (serving nobody),
// where a request thread could not afford to.
export const LOCK_WAIT_MS = 30 * 60_000;

// Paths are built at run time from the app's folder (as the migrations' are), each marked so the
// bundler leaves the file alone: it would otherwise bundle tsx and esbuild into the route.
const BOOT = () => path.join(/* turbopackIgnore: true */ process.cwd(), "server", "import", "worker", "boot.mjs");
const ENTRIES = {
  import: () => path.join(/* turbopackIgnore: true */ process.cwd(), "server", "import", "worker", "import-worker.ts"),
  job: () => path.join(/* turbopackIgnore: true */ process.cwd(), "server", "import", "worker", "job-worker.ts"),
  report: () => path.join(/* turbopackIgnore: true */ process.cwd(), "server", "import", "worker", "report-worker.ts"),
};

/** A worker thread running one of this folder's entries (loaded as `npm run cli` loads its modules:
 * see boot.mjs) with `data` as its workerData. */
export function startWorker(entry: keyof typeof ENTRIES, data: object): Worker {
  const workerData = { ...data, entry: pathToFileURL(ENTRIES[entry]()).href };
  return new Worker(/* turbopackIgnore: true */ BOOT(), { execArgv: ["--conditions=react-server"], workerData });
}

/** The worker's own connection to the workspace's data (a server's workspace file, or a database of
 * one file): it may wait for the write lock as long as another import takes. */
export function openWorkerDb(databasePath: string, workspaceId: number) {
  const db = keepsWorkspaceFiles(databasePath) ? openWorkspaceDb(databasePath, workspaceId) : openDb(databasePath);
  db.$client.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
  return db;
}
