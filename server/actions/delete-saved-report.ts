"use server";

import { revalidatePath } from "next/cache";
import { deleteSavedReport as remove } from "@/db/queries/reports/saved-reports";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";
import { savedReportIdSchema } from "@/lib/schemas/share";

/** Deletes a report and, with it, every link to it: those links die at once. */
export const deleteSavedReport = workspaceAction(savedReportIdSchema, "editor", ({ reportId }, { db, workspace }) => {
  if (!remove(db, workspace.id, reportId)) throw new AppFailure("not_found", "That report no longer exists.");
  revalidatePath(`/w/${workspace.slug}/reports`);
  return null;
});
