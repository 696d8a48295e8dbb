"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeInvite as revoke } from "@/db/queries/workspaces/invites";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";

export const revokeInvite = workspaceAction(z.object({ inviteId: z.number().int().positive() }), "owner", ({ inviteId }, { db, workspace }) => {
  if (!revoke(db, workspace.id, inviteId)) throw new AppFailure("not_found", "That invite no longer exists.");
  revalidatePath(`/w/${workspace.slug}/settings`);
  return null;
});
