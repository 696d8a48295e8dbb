"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb, getWorkspaceDb } from "@/db";
import { addMember } from "@/db/queries/workspaces/members";
import { claimSetup, releaseSetup } from "@/db/queries/workspaces/claim-setup";
import { countUsers } from "@/db/queries/workspaces/count-users";
import { createWorkspace, findUnclaimedWorkspace, renameWorkspace } from "@/db/queries/workspaces/workspaces";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { getAuth } from "@/server/auth/auth";
import { createUserWithPassword } from "@/server/auth/create-user";
import { run } from "@/server/auth/workspace-action";
import { fail, type Result } from "@/lib/result";
import { emailSchema, passwordSchema } from "@/lib/schemas/account";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";

const schema = workspaceSettingsSchema.extend({
  email: emailSchema,
  password: passwordSchema,
  start: z.enum(["demo", "empty"]),
});

/** First run only: creates the owner (signed in at once) and their workspace, with demo data if asked. */
export async function setupOwner(input: z.input<typeof schema>): Promise<Result<{ slug: string }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0].message, parsed.error.issues[0].path.join("."));
  const db = getDb();
  // Setup is open to anyone only while no account exists, and to one request of several at once.
  if (countUsers(db) > 0 || !claimSetup(db)) return fail("forbidden", "Liftboard is already set up. Sign in instead.");
  const { email, password, start, ...settings } = parsed.data;
  return run(async () => {
    let userId: string;
    try {
      ({ userId } = await createUserWithPassword(getAuth(), { email, password }, await headers()));
    } catch (e) {
      releaseSetup(db);
      throw e;
    }
    const claimed = findUnclaimedWorkspace(db);
    const workspace = claimed ? renameWorkspace(db, claimed.id, settings) : createWorkspace(db, settings);
    addMember(db, workspace.id, userId, "owner");
    if (start === "demo") resetWorkspaceToDemo(getWorkspaceDb(workspace.id), workspace.id, { userId });
    return { slug: workspace.slug };
  });
}
