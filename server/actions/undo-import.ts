"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { undoImport as undo } from "@/db/queries/imports/undo-import";
import { workspaceAction } from "@/server/auth/workspace-action";

/** Editors and owners can undo an import: what it added is removed, what it changed restored. */
export const undoImport = workspaceAction(z.object({ importId: z.number().int().positive() }), "editor", ({ importId }, { db, workspace }) => {
  const result = undo(db, workspace.id, importId);
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return result;
});
