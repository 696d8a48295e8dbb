"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/server/auth/workspace-action";
import { runJob } from "@/server/import/worker/run-job";
import { AppFailure } from "@/lib/result";
import { readEnv } from "@/lib/env";

/** Owners can delete every data row of their workspace. On a worker thread: at a large shop's size
 * that is seconds of writing, which would stall every user's requests on the request thread. */
export const clearData = workspaceAction(z.object({ confirm: z.string() }), "owner", async ({ confirm }, { workspace }) => {
  if (confirm !== workspace.slug) throw new AppFailure("invalid_input", `Type ${workspace.slug} to confirm.`, "confirm");
  await runJob(readEnv().DATABASE_PATH, "clear-data", { workspaceId: workspace.id });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return null;
});
