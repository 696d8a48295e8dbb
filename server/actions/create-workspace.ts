"use server";

import { getDb } from "@/db";
import { addMember } from "@/db/queries/workspaces/members";
import { createWorkspace as create } from "@/db/queries/workspaces/workspaces";
import { getCurrentUser } from "@/server/auth/session";
import { run } from "@/server/auth/workspace-action";
import { fail, type Result } from "@/lib/result";
import { workspaceSettingsSchema, type WorkspaceSettings } from "@/lib/schemas/workspace";

/** Any signed-in user may start a workspace of their own; they become its owner. */
export async function createWorkspace(input: WorkspaceSettings): Promise<Result<{ slug: string }>> {
  const parsed = workspaceSettingsSchema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0].message, parsed.error.issues[0].path.join("."));
  const user = await getCurrentUser();
  if (!user) return fail("unauthorized", "Sign in to continue.");
  const db = getDb();
  return run(() =>
    db.transaction(() => {
      const workspace = create(db, parsed.data);
      addMember(db, workspace.id, user.id, "owner");
      return { slug: workspace.slug };
    }),
  );
}
