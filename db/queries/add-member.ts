import type { Db } from "../client";
import { memberships, type Role } from "../schema";

/** Adds the user to the workspace, or sets their role when they are a member already. */
export function addMember(db: Db, workspaceId: number, userId: string, role: Role): void {
  db.insert(memberships)
    .values({ workspaceId, userId, role, createdAt: new Date() })
    .onConflictDoUpdate({ target: [memberships.workspaceId, memberships.userId], set: { role } })
    .run();
}
