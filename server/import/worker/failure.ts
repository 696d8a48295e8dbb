import { isLockBusy } from "@/db/client";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { ImportFileError, isImportFileError, type FileProblem } from "@/lib/import";
import { AppFailure, type ErrorCode } from "@/lib/result";

/** How a failure crosses the thread boundary: the kinds the routes and actions tell apart. */
export type WorkerFailure =
  | { kind: "app"; code: ErrorCode; message: string }
  | { kind: "file"; problem: FileProblem }
  | { kind: "cancelled" }
  | { kind: "syntax"; message: string }
  | { kind: "busy" }
  | { kind: "internal"; message: string };

/** In the worker: the error as a message (an unexpected one is logged there, with its stack). */
export function failureOf(e: unknown): WorkerFailure {
  if (e instanceof AppFailure) return { kind: "app", code: e.code, message: e.message };
  if (isImportFileError(e)) return { kind: "file", problem: e.problem };
  if (e instanceof ImportCancelled) return { kind: "cancelled" };
  if (e instanceof SyntaxError) return { kind: "syntax", message: e.message };
  if (isLockBusy(e)) return { kind: "busy" };
  console.error(e);
  return { kind: "internal", message: e instanceof Error ? e.message : String(e) };
}

/** On the request thread: the same class of error again, so callers handle it as if thrown here. */
export function rethrown(f: WorkerFailure): Error {
  switch (f.kind) {
    case "app":
      return new AppFailure(f.code, f.message);
    case "file":
      return new ImportFileError(f.problem);
    case "cancelled":
      return new ImportCancelled();
    case "syntax":
      return new SyntaxError(f.message);
    case "busy":
      return Object.assign(new Error("The database stayed locked by another write."), { code: "SQLITE_BUSY" });
    case "internal":
      return new Error(`The work failed in its worker thread: ${f.message}`);
  }
}
