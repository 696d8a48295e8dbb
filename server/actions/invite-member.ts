"use server";

import { z } from "zod";
import { createInvite } from "@/db/queries/workspaces/invites";
import { ROLES } from "@/db/schema/workspaces";
import { workspaceAction } from "@/server/auth/workspace-action";
import { hashToken, newToken } from "@/lib/tokens";

/** A one-time invite link; the token is returned once and only its hash is stored. */
export const inviteMember = workspaceAction(z.object({ role: z.enum(ROLES) }), "owner", ({ role }, { db, user, workspace }) => {
  const token = newToken();
  const { expiresAt } = createInvite(db, { workspaceId: workspace.id, tokenHash: hashToken(token), role, createdBy: user.id });
  return { path: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
});
