import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, workspaces } from "../schema";
import { workspaceColumns } from "./get-workspace-by-slug";
import type { WorkspaceWithRole } from "./list-workspaces-for-user";

/** The workspace and the user's role in it, or undefined when the user is not a member
 * (callers answer "not found" then, so a workspace's existence is never revealed). */
export function getMembership(db: Db, userId: string, slug: string): WorkspaceWithRole | undefined {
  return db
    .select({ ...workspaceColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(workspaces.slug, slug)))
    .get();
}
