"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";

/** Replaces the workspace's data with the demo shop: deletes data, so owners only. */
export const resetDemoData = workspaceAction(z.object({ confirm: z.string() }), "owner", ({ confirm }, { db, user, workspace }) => {
  if (confirm !== workspace.slug) throw new AppFailure("invalid_input", `Type ${workspace.slug} to confirm.`, "confirm");
  const counts = resetWorkspaceToDemo(db, workspace.id, { userId: user.id });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return { orders: counts.orders, customers: counts.customers };
});
