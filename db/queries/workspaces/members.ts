import { and, eq, sql, asc, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { memberships, type Role, workspaces, user } from "../../schema";
import { AppFailure } from "@/lib/result";
import { workspaceColumns, type WorkspaceWithRole } from "./workspaces";

/** Sets a member's role (`null` removes them), refusing to leave the workspace without an owner. */
export function changeMemberRole(db: Db, workspaceId: number, userId: string, role: Role | null): void {
  db.transaction((tx) => {
    const where = and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId));
    const current = tx.select({ role: memberships.role }).from(memberships).where(where).get();
    if (!current) throw new AppFailure("not_found", "That person is not a member of this workspace.");
    if (current.role === "owner" && role !== "owner") {
      const { n } = tx
        .select({ n: sql<number>`count(*)` })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")))
        .get()!;
      if (n <= 1) throw new AppFailure("conflict", "A workspace needs at least one owner: make someone else owner first.");
    }
    if (role === null) tx.delete(memberships).where(where).run();
    else tx.update(memberships).set({ role }).where(where).run();
  });
}

/** Adds the user to the workspace. A member already keeps a higher role: accepting an invite never
 * lowers one (a sole owner who accepts a viewer invite stays owner, so the workspace keeps its owner);
 * lowering a role is changeMemberRole's, which asks for it. */
export function addMember(db: Db, workspaceId: number, userId: string, role: Role): void {
  const rank = (r: SQL) => sql`CASE ${r} WHEN 'owner' THEN 3 WHEN 'editor' THEN 2 ELSE 1 END`;
  db.insert(memberships)
    .values({ workspaceId, userId, role, createdAt: new Date() })
    .onConflictDoUpdate({
      target: [memberships.workspaceId, memberships.userId],
      set: { role: sql`CASE WHEN ${rank(sql`excluded.role`)} > ${rank(sql`${memberships.role}`)} THEN excluded.role ELSE ${memberships.role} END` },
    })
    .run();
}

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

export type Member = { userId: string; email: string; name: string; role: Role; joinedAt: Date };

export function listMembers(db: Db, workspaceId: number): Member[] {
  return db
    .select({ userId: user.id, email: user.email, name: user.name, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(user, eq(user.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(user.email))
    .all();
}
