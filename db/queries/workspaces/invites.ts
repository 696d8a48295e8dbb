import { and, eq, isNull, gt, desc } from "drizzle-orm";
import type { Db } from "../../client";
import { invites, type Role, workspaces, user } from "../../schema";
import { addMember } from "./members";
import { AppFailure } from "@/lib/result";

/** Uses the invite once: marks it used and makes the user a member, atomically. */
export function acceptInvite(db: Db, invite: OpenInvite, userId: string): void {
  // better-sqlite3 is synchronous on one connection, so queries called with `db` inside the
  // callback run inside this transaction.
  db.transaction(() => {
    claimInvite(db, invite);
    completeInvite(db, invite, userId);
  });
}

/** Marks the invite used, or throws when another request used it first: the one-shot step, taken
 * before an account is made for it, so concurrent accepts make one account, not eight. */
export function claimInvite(db: Db, invite: OpenInvite): void {
  const res = db
    .update(invites)
    .set({ usedAt: new Date() })
    .where(and(eq(invites.id, invite.id), isNull(invites.usedAt), isNull(invites.revokedAt)))
    .run();
  if (res.changes === 0) throw new AppFailure("conflict", "This invite link has already been used.");
}

/** After claimInvite: records who used it and makes them a member. */
export function completeInvite(db: Db, invite: OpenInvite, userId: string): void {
  db.transaction(() => {
    db.update(invites).set({ usedBy: userId }).where(eq(invites.id, invite.id)).run();
    addMember(db, invite.workspaceId, userId, invite.role);
  });
}

/** Gives a claimed invite back when the account for it could not be made. */
export function releaseInvite(db: Db, invite: OpenInvite): void {
  db.update(invites)
    .set({ usedAt: null })
    .where(and(eq(invites.id, invite.id), isNull(invites.usedBy)))
    .run();
}

export const INVITE_DAYS = 7;

export function createInvite(db: Db, input: { workspaceId: number; tokenHash: string; role: Role; createdBy: string }): { id: number; expiresAt: Date } {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  const row = db
    .insert(invites)
    .values({ ...input, createdAt: now, expiresAt })
    .returning({ id: invites.id })
    .get();
  return { id: row.id, expiresAt };
}

export type OpenInvite = { id: number; workspaceId: number; workspaceName: string; workspaceSlug: string; role: Role };

/** The invite behind a token hash, if it can still be used. */
export function findOpenInvite(db: Db, tokenHash: string, now = new Date()): OpenInvite | undefined {
  return db
    .select({ id: invites.id, workspaceId: invites.workspaceId, workspaceName: workspaces.name, workspaceSlug: workspaces.slug, role: invites.role })
    .from(invites)
    .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
    .where(and(eq(invites.tokenHash, tokenHash), isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now)))
    .get();
}

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

export function revokeInvite(db: Db, workspaceId: number, inviteId: number): boolean {
  const res = db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.id, inviteId), eq(invites.workspaceId, workspaceId), isNull(invites.usedAt)))
    .run();
  return res.changes > 0;
}
