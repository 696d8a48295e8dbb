import { asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, user, type Role } from "../schema";

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
