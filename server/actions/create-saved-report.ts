"use server";

import { revalidatePath } from "next/cache";
import { createSavedReport as create } from "@/db/queries/reports/saved-reports";
import { workspaceAction } from "@/server/auth/workspace-action";
import { createSavedReportSchema } from "@/lib/schemas/share";

/** Saves the current dashboard view (page and filters) under a name. */
export const createSavedReport = workspaceAction(createSavedReportSchema, "editor", (input, { db, user, workspace }) => {
  const report = create(db, { workspaceId: workspace.id, createdBy: user.id, ...input });
  revalidatePath(`/w/${workspace.slug}/reports`);
  return { id: report.id };
});
