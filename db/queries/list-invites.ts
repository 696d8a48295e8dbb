import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { invites, user, type Role } from "../schema";

export type PendingInvite = { id: number; role: Role; createdAt: Date; expiresAt: Date; createdBy: string | null };

/** Open invites (not used, revoked or expired); the token hash never leaves this layer. */
export function listPendingInvites(db: Db, workspaceId: number, now = new Date()): PendingInvite[] {
  return db
    .select({ id: invites.id, role: invites.role, createdAt: invites.createdAt, expiresAt: invites.expiresAt, createdBy: user.email })
    .from(invites)
    .leftJoin(user, eq(user.id, invites.createdBy))
    .where(and(eq(invites.workspaceId, workspaceId), isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now)))
    .orderBy(desc(invites.createdAt))
    .all();
}
