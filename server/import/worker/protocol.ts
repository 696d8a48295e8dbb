import type { RefreshStep } from "@/lib/cancel";
import type { ParseProgress } from "@/lib/import";
import type { ImportCsvInput, importCsv } from "../import-csv";
import type { WorkerFailure } from "./failure";

/** What the request thread hands the import worker: the input of importCsv without its byte stream
 * and progress callback, which travel as messages. */
export type WorkerInput = {
  databasePath: string;
  input: Omit<ImportCsvInput, "bytes" | "onProgress" | "onReceived" | "onWaitingForLock" | "onRefresh" | "signal" | "spoolDir">;
  /** The import's cancel flag (lib/cancel.ts sharedCancel), shared with the request thread. */
  cancel: SharedArrayBuffer;
};

export type ToWorker = { type: "start"; data: WorkerInput } | { type: "chunk"; bytes: Uint8Array } | { type: "end" } | { type: "cancel" };

export type FromWorker =
  | { type: "consumed" }
  | { type: "received"; bytes: number }
  | { type: "progress"; progress: ParseProgress }
  | { type: "waiting" }
  | { type: "refresh"; step: RefreshStep }
  | { type: "done"; summary: Awaited<ReturnType<typeof importCsv>> }
  | { type: "failed"; failure: WorkerFailure }
  /** After "done": the worker waits for another import (worker-thread.ts returnSpareWorker). */
  | { type: "ready" };
