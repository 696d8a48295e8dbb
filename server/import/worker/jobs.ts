import type { Db } from "@/db/client";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { undoImport } from "@/db/queries/imports/undo-import";
import { clearWorkspaceData } from "@/db/queries/imports/clear-workspace-data";
import { updateWorkspace } from "@/db/queries/workspaces/update-workspace";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";

/** Long work the server hands to a worker thread (run-job.ts): each takes the worker's own
 * connection and plain, cloneable arguments: long writes such as undoing a large import, clearing a
 * workspace's data, or moving its figures to another time zone. */
export const JOBS = {
  "undo-import": (db: Db, a: { workspaceId: number; importId: number }) => undoImport(db, a.workspaceId, a.importId),
  "reset-demo": (db: Db, a: { workspaceId: number; userId: string | null }) => resetWorkspaceToDemo(db, a.workspaceId, { userId: a.userId }),
  "clear-data": (db: Db, a: { workspaceId: number }) => db.transaction(() => clearWorkspaceData(db, a.workspaceId)),
  "update-settings": (db: Db, a: { workspaceId: number; settings: WorkspaceSettings }) => updateWorkspace(db, a.workspaceId, a.settings),
};

export type JobName = keyof typeof JOBS;
export type JobArgs<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobResult<N extends JobName> = ReturnType<(typeof JOBS)[N]>;
