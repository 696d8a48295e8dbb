import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { shareLinks } from "../../schema";

/** Counts one view of a link (call it after resolveShareToken, and after unlocking when the link
 * has a password); one UPDATE, so concurrent views are not lost. */
export function recordShareView(db: Db, linkId: number, now = new Date()): void {
  db.update(shareLinks)
    .set({ viewCount: sql`${shareLinks.viewCount} + 1`, lastViewedAt: now })
    .where(and(eq(shareLinks.id, linkId), isNull(shareLinks.revokedAt)))
    .run();
}
