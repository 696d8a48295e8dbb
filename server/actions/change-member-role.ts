"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { changeMemberRole as change } from "@/db/queries/workspaces/members";
import { ROLES } from "@/db/schema/workspaces";
import { workspaceAction } from "@/server/auth/workspace-action";

/** Sets a member's role, or removes them when `role` is null. */
export const changeMemberRole = workspaceAction(
  z.object({ userId: z.string().min(1), role: z.enum(ROLES).nullable() }),
  "owner",
  ({ userId, role }, { db, workspace }) => {
    change(db, workspace.id, userId, role);
    revalidatePath(`/w/${workspace.slug}/settings`);
    return null;
  },
);
