"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clearWorkspaceData } from "@/db/queries/imports/clear-workspace-data";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";

export const clearData = workspaceAction(z.object({ confirm: z.string() }), "owner", ({ confirm }, { db, workspace }) => {
  if (confirm !== workspace.slug) throw new AppFailure("invalid_input", `Type ${workspace.slug} to confirm.`, "confirm");
  db.transaction(() => clearWorkspaceData(db, workspace.id));
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return null;
});
