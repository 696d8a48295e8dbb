import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { shareLinks } from "../../schema";

/** Kills a link at once (its token and unlock cookies stop working); the row stays for the
 * listing. False when the link is not in this workspace or already revoked. */
export function revokeShareLink(db: Db, workspaceId: number, linkId: number, now = new Date()): boolean {
  return (
    db
      .update(shareLinks)
      .set({ revokedAt: now })
      .where(and(eq(shareLinks.id, linkId), eq(shareLinks.workspaceId, workspaceId), isNull(shareLinks.revokedAt)))
      .run().changes > 0
  );
}
