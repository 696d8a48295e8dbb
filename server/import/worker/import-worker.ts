// The import worker's entry (see import-in-worker.ts): one import, on a connection of its own, off
// the thread that serves requests.
import { parentPort, workerData } from "node:worker_threads";
import { openDb } from "@/db/open-db";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { isImportFileError } from "@/lib/import";
import { AppFailure } from "@/lib/result";
import { importCsv } from "../import-csv";
import type { FromWorker, ToWorker, WorkerFailure, WorkerInput } from "./protocol";

// An import into another workspace may hold SQLite's one write lock for a while: this thread waits
// for it (serving nobody), where a request thread could not afford to.
const LOCK_WAIT_MS = 30 * 60_000;

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

/** The upload's bytes as the request thread sends them. Each chunk taken is acknowledged, so the
 * sender keeps only a few in flight and a large upload is never buffered whole. */
function incoming(): AsyncIterable<Uint8Array> {
  const queue: ToWorker[] = [];
  let wake: (() => void) | null = null;
  port.on("message", (m: ToWorker) => {
    queue.push(m);
    wake?.();
    wake = null;
  });
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (!queue.length) await new Promise<void>((r) => (wake = r));
        const m = queue.shift()!;
        if (m.type === "end") return;
        if (m.type === "cancel") throw new ImportCancelled();
        post({ type: "consumed" });
        yield m.bytes;
      }
    },
  };
}

function failureOf(e: unknown): WorkerFailure {
  if (e instanceof AppFailure) return { kind: "app", code: e.code, message: e.message };
  if (isImportFileError(e)) return { kind: "file", problem: e.problem };
  if (e instanceof ImportCancelled) return { kind: "cancelled" };
  if (e instanceof SyntaxError) return { kind: "syntax", message: e.message };
  console.error(e);
  return { kind: "internal", message: e instanceof Error ? e.message : String(e) };
}

async function main() {
  const { databasePath, input } = workerData as WorkerInput;
  let db: ReturnType<typeof openDb> | null = null;
  try {
    db = openDb(databasePath);
    db.$client.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    const summary = await importCsv(db, {
      ...input,
      bytes: incoming(),
      onProgress: (progress) => post({ type: "progress", progress }),
      onWaitingForLock: () => post({ type: "waiting" }),
    });
    post({ type: "done", summary });
  } catch (e) {
    post({ type: "failed", failure: failureOf(e) });
  } finally {
    db?.$client.close();
    port.close();
  }
}

void main();
