import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { shareLinks } from "../../schema";
import { hashToken, newToken } from "@/lib/tokens";

/** Gives a link a new token in the same row (its settings, views and history stay): the old
 * token and every unlock cookie signed for it stop working at once. Returns the new plain token,
 * or undefined when the link is not in this workspace or is revoked (rotation never revives). */
export function rotateShareLink(db: Db, workspaceId: number, linkId: number): { token: string } | undefined {
  const token = newToken();
  const changed = db
    .update(shareLinks)
    .set({ tokenHash: hashToken(token) })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.workspaceId, workspaceId), isNull(shareLinks.revokedAt)))
    .run().changes;
  return changed > 0 ? { token } : undefined;
}
