import type { ParseProgress, FileProblem } from "@/lib/import";
import type { ErrorCode } from "@/lib/result";
import type { ImportCsvInput, importCsv } from "../import-csv";

/** What the request thread hands the import worker: the input of importCsv without its byte stream
 * and progress callback, which travel as messages. */
export type WorkerInput = { databasePath: string; input: Omit<ImportCsvInput, "bytes" | "onProgress" | "onWaitingForLock" | "signal"> };

export type ToWorker = { type: "chunk"; bytes: Uint8Array } | { type: "end" } | { type: "cancel" };

/** How a failure crosses the thread boundary: the kinds the import routes tell apart. */
export type WorkerFailure =
  | { kind: "app"; code: ErrorCode; message: string }
  | { kind: "file"; problem: FileProblem }
  | { kind: "cancelled" }
  | { kind: "syntax"; message: string }
  | { kind: "internal"; message: string };

export type FromWorker =
  | { type: "consumed" }
  | { type: "progress"; progress: ParseProgress }
  | { type: "waiting" }
  | { type: "done"; summary: Awaited<ReturnType<typeof importCsv>> }
  | { type: "failed"; failure: WorkerFailure };
