"use server";

import { revalidatePath } from "next/cache";
import { renameSavedReport as rename } from "@/db/queries/reports/saved-reports";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";
import { renameSavedReportSchema } from "@/lib/schemas/share";

export const renameSavedReport = workspaceAction(renameSavedReportSchema, "editor", ({ reportId, name }, { db, workspace }) => {
  if (!rename(db, workspace.id, reportId, name)) throw new AppFailure("not_found", "That report no longer exists.");
  revalidatePath(`/w/${workspace.slug}/reports`);
  return null;
});
