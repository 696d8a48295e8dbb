import type { Db } from "@/db/client";
import { addMember } from "@/db/queries/workspaces/members";
import { countUsers } from "@/db/queries/workspaces/count-users";
import { findUnclaimedWorkspace } from "@/db/queries/workspaces/workspaces";
import type { Env } from "@/lib/env";
import type { Auth } from "./create-auth";
import { createUserWithPassword } from "./create-user";

/** LIFTBOARD_ADMIN_EMAIL / _PASSWORD create the owner of the first workspace without a browser,
 * once: only while the database has no users. */
export async function bootstrapAdmin(db: Db, auth: Auth, env: Env): Promise<"created" | "skipped"> {
  if (!env.LIFTBOARD_ADMIN_EMAIL || !env.LIFTBOARD_ADMIN_PASSWORD || countUsers(db) > 0) return "skipped";
  const { userId } = await createUserWithPassword(auth, { email: env.LIFTBOARD_ADMIN_EMAIL, password: env.LIFTBOARD_ADMIN_PASSWORD });
  const workspace = findUnclaimedWorkspace(db);
  if (workspace) addMember(db, workspace.id, userId, "owner");
  return "created";
}
