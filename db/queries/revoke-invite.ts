import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { invites } from "../schema";

export function revokeInvite(db: Db, workspaceId: number, inviteId: number): boolean {
  const res = db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.id, inviteId), eq(invites.workspaceId, workspaceId), isNull(invites.usedAt)))
    .run();
  return res.changes > 0;
}
