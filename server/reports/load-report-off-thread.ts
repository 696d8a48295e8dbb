import "server-only";
import type { Worker } from "node:worker_threads";
import type { Db } from "@/db/client";
import { cachedReport, rememberReport, reportKey, type CachedRead } from "@/db/queries/reports/load-report";
import type { Workspace } from "@/db/queries/workspaces/workspaces";
import type { ReportKind } from "@/lib/share/report-kinds";
import { rethrown, type WorkerFailure } from "../import/worker/failure";
import type { ReadArgs, ReadName, ReadResult } from "../import/worker/reads";
import { startWorker } from "../import/worker/worker-thread";
import type { ReadAsk } from "../import/worker/report-worker";
import { mainFileOf } from "@/db/client";

type Pending = { resolve: (data: unknown) => void; reject: (e: Error) => void };
type ReportWorker = { worker: Worker; databasePath: string; pending: Map<number, Pending>; nextId: number };

/**
 * Two report workers: one for the reads that fit a CLV model (the longest work a page asks for), one
 * for the rest (a view's first answer, a file's preview), so that a fit never holds up a preview or a
 * view. The CLV reads share the first worker's fit; the views share the second's caches, and take the
 * first one too while it is idle and theirs is busy (workerFor).
 */
type Lane = "model" | "views";
export function laneOf<N extends ReadName>(name: N, args: ReadArgs<N>): Lane {
  // The target pickers read every order line: seconds at a million lines, not to be queued before a view.
  if (name === "targets" || name === "target-options") return "model";
  if (name === "snapshot") return (args as ReadArgs<"snapshot">).page === "customers" ? "model" : "views";
  return name === "report" && (args as ReadArgs<"report">).kind === "customers/predicted" ? "model" : "views";
}

/**
 * The worker a read goes to, given the questions each worker has in flight (absent: not started).
 * A view or a preview that would queue on a busy views worker goes to the model worker while that one
 * is idle, so that many people's first answers use the second core; it is started for them once two
 * are waiting (starting takes longer than one answer). A fit still never waits for more than the one
 * view or preview it may find there.
 */
export function workerFor(lane: Lane, inFlight: Partial<Record<Lane, number>>): Lane {
  if (lane === "model") return "model";
  const views = inFlight.views ?? 0;
  const model = inFlight.model;
  return views > 0 && (model === 0 || (model === undefined && views >= 2)) ? "model" : "views";
}

const g = globalThis as unknown as { liftboardReportWorkers?: Partial<Record<Lane, ReportWorker>> };
const computing = new Map<string, Promise<unknown>>();

/**
 * loadReport, with every answer not yet cached computed on a worker thread. A first answer under a new
 * filter takes a few hundred milliseconds at a million lines, a CLV fit seconds; on the request thread
 * every other request (sign-in, static files, cached views) would wait behind it. Cached answers come
 * straight from this thread's cache; requests for the same answer share one computation.
 */
export function loadReportOffThread(db: Db, workspace: Workspace, kind: ReportKind, input: unknown, now = Date.now()): Promise<unknown> {
  return cachedOffThread(reportKey(db, workspace, kind, input, now), () => readOffThread(db, "report", { workspace, kind, input, now }));
}

/** A read of reads.ts that is no report kind, kept per data version as loadReportOffThread keeps a
 * view's data (CachedRead): `input` is what its answer depends on besides the workspace and the day. */
export function readCachedOffThread<N extends ReadName & CachedRead>(
  db: Db,
  workspace: Workspace,
  name: N,
  args: ReadArgs<N>,
  input: unknown,
  now = Date.now(),
): Promise<ReadResult<N>> {
  return cachedOffThread(reportKey(db, workspace, name, input, now), () => readOffThread(db, name, args)) as Promise<ReadResult<N>>;
}

function cachedOffThread(key: string, read: () => Promise<unknown>): Promise<unknown> {
  const hit = cachedReport(key);
  if (hit !== undefined) return Promise.resolve(hit);
  let running = computing.get(key);
  if (!running) {
    running = read()
      .then((data) => {
        rememberReport(key, data);
        return data;
      })
      .finally(() => computing.delete(key));
    computing.set(key, running);
  }
  return running;
}

/** One read of reads.ts (a target list, a snapshot, a file's preview), answered by the report worker;
 * a refusal there is the same refusal here. */
export function readOffThread<N extends ReadName>(db: Db, name: N, args: ReadArgs<N>): Promise<ReadResult<N>> {
  const workers = g.liftboardReportWorkers ?? {};
  const databasePath = mainFileOf(db);
  // A worker of another database file is left to that file's questions: a view never replaces it.
  const inFlight = (lane: Lane) => {
    const w = workers[lane];
    if (!w) return undefined;
    return w.databasePath === databasePath ? w.pending.size : Number.POSITIVE_INFINITY;
  };
  const w = reportWorker(databasePath, workerFor(laneOf(name, args), { views: inFlight("views") ?? 0, model: inFlight("model") }));
  const id = w.nextId++; // on the worker's record: a reloaded module must not reuse ids still in flight
  return new Promise((resolve, reject) => {
    if (w.pending.size === 0) w.worker.ref(); // a question in flight keeps the process up
    w.pending.set(id, { resolve: resolve as (data: unknown) => void, reject });
    try {
      w.worker.postMessage({ id, workspaceId: workspaceOf(args), name, args } satisfies ReadAsk);
    } catch (e) {
      w.pending.delete(id);
      if (w.pending.size === 0) w.worker.unref();
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** The workspace a read is about: every read of reads.ts names it. */
function workspaceOf(args: unknown): number {
  const a = args as { workspace?: { id: number }; workspaceId?: number };
  const id = a.workspace?.id ?? a.workspaceId;
  if (id === undefined) throw new Error("A read of reads.ts must name its workspace.");
  return id;
}

/** One worker per lane and database file, started at the first question and again after it stops. */
function reportWorker(databasePath: string, lane: Lane): ReportWorker {
  const workers = (g.liftboardReportWorkers ??= {});
  const current = workers[lane];
  if (current && current.databasePath === databasePath) return current;
  if (current) void current.worker.terminate();
  const worker = startWorker("report", { databasePath });
  worker.unref(); // an idle worker keeps no process alive
  const w: ReportWorker = { worker, databasePath, pending: new Map(), nextId: 1 };
  worker.on("message", (m: { id: number; ok: true; data: unknown } | { id: number; ok: false; failure: WorkerFailure }) => {
    const p = w.pending.get(m.id);
    w.pending.delete(m.id);
    if (w.pending.size === 0) w.worker.unref();
    if (m.ok) p?.resolve(m.data);
    else p?.reject(rethrown(m.failure));
  });
  const stopped = (e: Error) => {
    if (workers[lane] === w) delete workers[lane];
    for (const p of w.pending.values()) p.reject(e);
    w.pending.clear();
  };
  worker.on("error", stopped);
  worker.on("exit", (code) => stopped(new Error(`The report worker stopped (exit code ${code}) before it answered.`)));
  workers[lane] = w;
  return w;
}
