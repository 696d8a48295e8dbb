"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/server/auth/workspace-action";
import { runJob } from "@/server/import/worker/run-job";
import { readEnv } from "@/lib/env";
import { AppFailure } from "@/lib/result";

/** Replaces the workspace's data with the demo shop: deletes data, so owners only. On a worker thread,
 * as every long write is. */
export const resetDemoData = workspaceAction(z.object({ confirm: z.string() }), "owner", async ({ confirm }, { user, workspace }) => {
  if (confirm !== workspace.slug) throw new AppFailure("invalid_input", `Type ${workspace.slug} to confirm.`, "confirm");
  const counts = await runJob(readEnv().DATABASE_PATH, "reset-demo", { workspaceId: workspace.id, userId: user.id });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return { orders: counts.orders, customers: counts.customers };
});
