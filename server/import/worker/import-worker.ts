// The import worker's entry (see import-in-worker.ts): one import, on a connection of its own, off
// the thread that serves requests.
import { parentPort, workerData } from "node:worker_threads";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { importCsv } from "../import-csv";
import { failureOf } from "./failure";
import type { FromWorker, ToWorker, WorkerInput } from "./protocol";
import { openWorkerDb } from "./worker-thread";
import { uploadsDir } from "../spool-upload";
import { sharedCancel } from "@/lib/cancel";

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

/** The upload's bytes as the request thread sends them. Each chunk taken is acknowledged, so the
 * sender keeps only a few in flight and a large upload is never buffered whole. A cancel ends the
 * wait for more bytes; once they are all in, the shared flag stops the import (lib/cancel.ts). */
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

async function main() {
  const { databasePath, input, cancel } = workerData as WorkerInput;
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
  } catch (e) {
    post({ type: "failed", failure: failureOf(e) });
  } finally {
    db?.$client.close();
    port.close();
  }
}

void main();
