"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { acceptInvite as accept, claimInvite, completeInvite, findOpenInvite, releaseInvite } from "@/db/queries/workspaces/invites";
import { getAuth } from "@/server/auth/auth";
import { createUserWithPassword } from "@/server/auth/create-user";
import { getCurrentUser } from "@/server/auth/session";
import { run } from "@/server/auth/workspace-action";
import { fail, type Result } from "@/lib/result";
import { emailSchema, passwordSchema } from "@/lib/schemas/account";
import { hashToken } from "@/lib/tokens";

const tokenSchema = z.string().min(20).max(100);
const schema = z.object({
  token: tokenSchema,
  // Present when the visitor has no account yet and creates one with the invite.
  account: z.object({ email: emailSchema, password: passwordSchema }).optional(),
});

export async function acceptInvite(input: z.input<typeof schema>): Promise<Result<{ slug: string }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0].message, parsed.error.issues[0].path.join("."));
  const db = getDb();
  const invite = findOpenInvite(db, hashToken(parsed.data.token));
  if (!invite) return fail("not_found", "This invite link is not valid: it was used, revoked or has expired.");
  const current = await getCurrentUser();
  if (!current && !parsed.data.account) return fail("unauthorized", "Sign in or create an account to join.");
  return run(async () => {
    if (current) {
      accept(db, invite, current.id);
      return { slug: invite.workspaceSlug };
    }
    // The invite is taken before the account is made: of concurrent accepts, one makes an account.
    claimInvite(db, invite);
    try {
      const { userId } = await createUserWithPassword(getAuth(), parsed.data.account!, await headers());
      completeInvite(db, invite, userId);
    } catch (e) {
      releaseInvite(db, invite);
      throw e;
    }
    return { slug: invite.workspaceSlug };
  });
}
