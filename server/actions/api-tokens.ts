"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken as create, revokeApiToken as revoke } from "@/db/queries/workspaces/api-tokens";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";
import { hashToken, newToken } from "@/lib/tokens";

/** An import token acts as an editor of this workspace: owners create and revoke them. */
export const createApiToken = workspaceAction(
  z.object({ name: z.string().trim().min(1, "Name the token, e.g. nightly-import").max(60) }),
  "owner",
  ({ name }, { db, user, workspace }) => {
    const token = `lb_${newToken()}`;
    create(db, { workspaceId: workspace.id, name, tokenHash: hashToken(token), createdBy: user.id });
    revalidatePath(`/w/${workspace.slug}/settings`);
    return { token };
  },
);

export const revokeApiToken = workspaceAction(z.object({ id: z.number().int().positive() }), "owner", ({ id }, { db, workspace }) => {
  if (!revoke(db, workspace.id, id)) throw new AppFailure("not_found", "That token no longer exists.");
  revalidatePath(`/w/${workspace.slug}/settings`);
  return null;
});
