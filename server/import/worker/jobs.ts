import type { Db } from "@/db/client";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { undoImport } from "@/db/queries/imports/undo-import";

/** Long work the server hands to a worker thread (run-job.ts): each takes the worker's own
 * connection and plain, cloneable arguments: long writes such as undoing a large import. */
export const JOBS = {
  "undo-import": (db: Db, a: { workspaceId: number; importId: number }) => undoImport(db, a.workspaceId, a.importId),
  "reset-demo": (db: Db, a: { workspaceId: number; userId: string | null }) => resetWorkspaceToDemo(db, a.workspaceId, { userId: a.userId }),
};

export type JobName = keyof typeof JOBS;
export type JobArgs<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobResult<N extends JobName> = ReturnType<(typeof JOBS)[N]>;
