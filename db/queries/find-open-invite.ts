import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { invites, workspaces, type Role } from "../schema";

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
