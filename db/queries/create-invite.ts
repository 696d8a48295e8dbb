import type { Db } from "../client";
import { invites, type Role } from "../schema";

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
