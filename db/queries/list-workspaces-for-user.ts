import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, workspaces, type Role } from "../schema";
import { workspaceColumns, type Workspace } from "./get-workspace-by-slug";

export type WorkspaceWithRole = Workspace & { role: Role };

export function listWorkspacesForUser(db: Db, userId: string): WorkspaceWithRole[] {
  return db
    .select({ ...workspaceColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name))
    .all();
}
