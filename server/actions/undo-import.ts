"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/server/auth/workspace-action";
import { runJob } from "@/server/import/worker/run-job";
import { readEnv } from "@/lib/env";

/** Editors and owners can undo an import: what it added is removed, what it changed restored. On a
 * worker thread: undoing a large import takes minutes of writing. */
export const undoImport = workspaceAction(z.object({ importId: z.number().int().positive() }), "editor", async ({ importId }, { workspace }) => {
  const result = await runJob(readEnv().DATABASE_PATH, "undo-import", { workspaceId: workspace.id, importId });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return result;
});
