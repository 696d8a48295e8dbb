"use server";

import { revalidatePath } from "next/cache";
import { updateWorkspace } from "@/db/queries/workspaces/update-workspace";
import { workspaceAction } from "@/server/auth/workspace-action";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";

export const updateWorkspaceSettings = workspaceAction(workspaceSettingsSchema, "owner", (input, { db, workspace }) => {
  const { name, currency, timezone, locale } = input;
  updateWorkspace(db, workspace.id, { name, currency, timezone, locale });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return null;
});
