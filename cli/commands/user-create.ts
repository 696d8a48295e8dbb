import { z } from "zod";
import { addMember } from "@/db/queries/workspaces/members";
import { ROLES } from "@/db/schema/workspaces";
import { createAuth } from "@/server/auth/create-auth";
import { createUserWithPassword } from "@/server/auth/create-user";
import { emailSchema, passwordSchema } from "@/lib/schemas/account";
import { resolveWorkspace, type CliContext } from "../context";

export const userCreateArgs = z.object({ email: emailSchema, password: passwordSchema, role: z.enum(ROLES).default("viewer") });

/** Creates an account and makes it a member of the workspace with the given role. */
export async function userCreate(ctx: CliContext, args: z.infer<typeof userCreateArgs>) {
  const { workspace } = resolveWorkspace(ctx);
  const auth = createAuth(ctx.db, ctx.env, { withNextCookies: false });
  const { userId } = await createUserWithPassword(auth, { email: args.email, password: args.password });
  addMember(ctx.db, workspace.id, userId, args.role);
  return {
    data: { userId, email: args.email, workspace: workspace.slug, role: args.role },
    text: `Created ${args.email} as ${args.role} of "${workspace.slug}".`,
  };
}
