"use server";

import { revalidatePath } from "next/cache";
import { updateWorkspace } from "@/db/queries/workspaces/update-workspace";
import { workspaceAction } from "@/server/auth/workspace-action";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";
import { runJob } from "@/server/import/worker/run-job";
import { readEnv } from "@/lib/env";

/** Owners change the workspace's name, currency, time zone and language. A new time zone moves the
 * kept figures to its calendar (updateWorkspace): seconds of writing at a large shop's size, so that
 * change runs on a worker thread; the others are one row, written here. */
export const updateWorkspaceSettings = workspaceAction(workspaceSettingsSchema, "owner", async (input, { db, workspace }) => {
  const { name, currency, timezone, locale } = input;
  const settings = { name, currency, timezone, locale };
  if (timezone !== workspace.timezone) await runJob(readEnv().DATABASE_PATH, "update-settings", { workspaceId: workspace.id, settings });
  else updateWorkspace(db, workspace.id, settings);
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return null;
});
