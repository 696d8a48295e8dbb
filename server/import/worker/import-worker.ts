// The import worker's entry (see import-in-worker.ts): imports one after another, each on a connection
// of its own, off the thread that serves requests.
import { parentPort } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { importCsv } from "../import-csv";
import { failureOf } from "./failure";
import type { FromWorker, ToWorker, WorkerInput } from "./protocol";
import { openWorkerDb } from "./worker-thread";
import { uploadsDir } from "../spool-upload";
import { sharedCancel } from "@/lib/cancel";

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

// Every message from the request thread, in order: the first starts the import (the worker may have
// been started before it, as the spare, see worker-thread.ts), then the upload's bytes.
const queue: ToWorker[] = [];
let wake: (() => void) | null = null;
port.on("message", (m: ToWorker) => {
  queue.push(m);
  wake?.();
  wake = null;
});
async function next(): Promise<ToWorker> {
  while (!queue.length) await new Promise<void>((r) => (wake = r));
  return queue.shift()!;
}

/** The upload's bytes as the request thread sends them. Each chunk taken is acknowledged, so the
 * sender keeps only a few in flight and a large upload is never buffered whole. A cancel ends the
 * wait for more bytes; once they are all in, the shared flag stops the import (lib/cancel.ts). */
function incoming(): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const m = await next();
        if (m.type === "end") return;
        if (m.type === "cancel") throw new ImportCancelled();
        if (m.type !== "chunk") continue;
        post({ type: "consumed" });
        yield m.bytes;
      }
    },
  };
}

/** One import; whether it ended well (a worker whose import failed or was cancelled is not used again). */
async function importOne({ databasePath, input, cancel }: WorkerInput): Promise<boolean> {
  let db: ReturnType<typeof openWorkerDb> | null = null;
  try {
    db = openWorkerDb(databasePath, input.workspaceId);
    const summary = await importCsv(db, {
      ...input,
      bytes: incoming(),
      signal: sharedCancel(cancel).signal,
      // An upload over the network: received whole before the import takes the database's write lock,
      // beside the database (where the space for its rows must be anyway; /tmp may be memory).
      spoolDir: uploadsDir(databasePath),
      onReceived: (bytes) => post({ type: "received", bytes }),
      onProgress: (progress) => post({ type: "progress", progress }),
      onWaitingForLock: () => post({ type: "waiting" }),
      onRefresh: (step) => post({ type: "refresh", step }),
    });
    post({ type: "done", summary });
    return true;
  } catch (e) {
    post({ type: "failed", failure: failureOf(e) });
    return false;
  } finally {
    db?.$client.close();
  }
}

// A worker whose heap a large file filled exits, giving that memory back; one after a small import
// stays for the next (worker-thread.ts returnSpareWorker), having loaded the app's modules already.
const REUSE_BELOW_HEAP_BYTES = 128 * 1024 * 1024;

async function main() {
  for (;;) {
    const first = await next();
    if (first.type !== "start") continue; // what the sender of an import that has ended still sent
    if (!(await importOne(first.data)) || getHeapStatistics().used_heap_size >= REUSE_BELOW_HEAP_BYTES) break;
    post({ type: "ready" });
  }
  port.close();
}

void main();
