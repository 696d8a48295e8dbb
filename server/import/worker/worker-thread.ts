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

const g = globalThis as unknown as { liftboardSpareWorkers?: Partial<Record<keyof typeof ENTRIES, Worker[]>> };
const sparesOf = (entry: "import"): Worker[] => ((g.liftboardSpareWorkers ??= {})[entry] ??= []);

// Two: a large import and a small one into another workspace both start on a worker that is up.
const SPARES = 2;

/**
 * A spare worker of `entry` if one waits (else one started now). Starting one loads the app's modules
 * (boot.mjs), which takes longer than a small file's whole import, and longer still while a large
 * import keeps both cores busy: a small import should not wait for it. The worker is told its work by
 * its first message (its entry waits for it). An idle spare keeps no process alive.
 */
export function takeSpareWorker(entry: "import"): Worker {
  const taken = sparesOf(entry).shift() ?? startWorker(entry, {});
  taken.ref();
  return taken;
}

/** A worker whose work is done: it says "ready" when it can take more, and waits as a spare (up to
 * SPARES of them), or it exits (import-worker.ts), and a fresh spare is started in its place. */
export function returnSpareWorker(entry: "import", worker: Worker): void {
  worker.unref();
  const onMessage = (m: { type?: string }) => {
    if (m?.type !== "ready") return;
    worker.off("message", onMessage);
    worker.off("exit", onExit);
    if (sparesOf(entry).length >= SPARES) void worker.terminate();
    else keepSpare(entry, worker);
  };
  const onExit = () => {
    worker.off("message", onMessage);
    prepareSpareWorkers(entry);
  };
  worker.on("message", onMessage);
  worker.once("exit", onExit);
}

/** Starts spares of `entry` until SPARES wait. */
export function prepareSpareWorkers(entry: "import"): void {
  while (sparesOf(entry).length < SPARES) {
    const spare = startWorker(entry, {});
    spare.unref();
    keepSpare(entry, spare);
  }
}

function keepSpare(entry: "import", worker: Worker): void {
  const spares = sparesOf(entry);
  spares.push(worker);
  // A spare that stops (it should not) is dropped; an import finds one fewer, or starts its own.
  worker.once("exit", () => {
    const at = spares.indexOf(worker);
    if (at >= 0) spares.splice(at, 1);
  });
}

/** The worker's own connection to the workspace's data (a server's workspace file, or a database of
 * one file): it may wait for the write lock as long as another import takes. */
export function openWorkerDb(databasePath: string, workspaceId: number) {
  const db = keepsWorkspaceFiles(databasePath) ? openWorkspaceDb(databasePath, workspaceId) : openDb(databasePath);
  db.$client.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
  return db;
}
