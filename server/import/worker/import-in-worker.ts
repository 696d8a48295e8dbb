import { sharedCancel } from "@/lib/cancel";
import type { ImportCsvInput, importCsv } from "../import-csv";
import { rethrown } from "./failure";
import type { FromWorker, ToWorker, WorkerInput } from "./protocol";
import { returnSpareWorker, takeSpareWorker } from "./worker-thread";

// Chunks sent and not yet taken by the parser: enough to keep it busy, little enough that a
// 300 MB upload is never held in memory.
const MAX_IN_FLIGHT = 8;

/**
 * importCsv on a thread of its own. Parsing, validating, writing and classifying a large file are
 * seconds of synchronous work; run on the request thread they stall every other user's request,
 * static files included. The same errors as importCsv come back (AppFailure, ImportFileError,
 * ImportCancelled, SyntaxError); the byte stream failing or ending short cancels the import. The
 * bytes are an upload: the worker receives them whole before the import's transaction opens (spoolUpload).
 * `signal` reaches the worker as a flag in shared memory, which it reads even while it refreshes the
 * derived data (seconds of synchronous work, during which a message would wait).
 */
export function importCsvInWorker(
  databasePath: string,
  input: Omit<ImportCsvInput, "spoolDir" | "signal"> & { signal?: AbortSignal },
): ReturnType<typeof importCsv> {
  const { bytes, onProgress, onReceived, onWaitingForLock, onRefresh, signal, ...rest } = input;
  const cancel = sharedCancel();
  const data: WorkerInput = { databasePath, input: rest, cancel: cancel.buffer };
  const worker = takeSpareWorker("import");
  worker.postMessage({ type: "start", data } satisfies ToWorker);
  return new Promise((resolve, reject) => {
    let settled = false;
    let inFlight = 0;
    let drained: (() => void) | null = null;
    const release = () => {
      drained?.();
      drained = null;
    };
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      release();
      // Nothing of this import reaches the worker, or comes from it, after its answer: it may go on to another.
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      signal?.removeEventListener("abort", stop);
      f();
    };
    const onMessage = (m: FromWorker) => {
      if (m.type === "consumed") {
        inFlight--;
        release();
      } else if (m.type === "received") onReceived?.(m.bytes);
      else if (m.type === "progress") onProgress?.(m.progress);
      else if (m.type === "waiting") onWaitingForLock?.();
      else if (m.type === "refresh") onRefresh?.(m.step);
      else if (m.type === "done" || m.type === "failed") {
        settle(() => (m.type === "done" ? resolve(m.summary) : reject(rethrown(m.failure))));
        returnSpareWorker("import", worker);
      }
    };
    const onError = (e: Error) => settle(() => reject(e));
    const onExit = (code: number) => settle(() => reject(new Error(`The import worker stopped (exit code ${code}) before it answered.`)));
    // The flag stops the import's work; the message ends its wait for more bytes.
    const stop = () => {
      cancel.raise();
      worker.postMessage({ type: "cancel" });
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
    void (async () => {
      try {
        for await (const chunk of bytes) {
          if (settled) return;
          // A chunk that is a view into a larger (pooled) buffer is copied (new Uint8Array, not Buffer#slice,
          // which is a view too): only its own bytes move.
          const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : new Uint8Array(chunk);
          worker.postMessage({ type: "chunk", bytes: own }, [own.buffer as ArrayBuffer]);
          if (++inFlight >= MAX_IN_FLIGHT) await new Promise<void>((r) => (drained = r));
        }
        if (!settled) worker.postMessage({ type: "end" });
      } catch {
        if (!settled) stop();
      }
    })();
  });
}
