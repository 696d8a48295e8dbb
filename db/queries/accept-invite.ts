import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { invites } from "../schema";
import { addMember } from "./add-member";
import type { OpenInvite } from "./find-open-invite";
import { AppFailure } from "@/lib/result";

/** Uses the invite once: marks it used and makes the user a member, atomically. */
export function acceptInvite(db: Db, invite: OpenInvite, userId: string): void {
  // better-sqlite3 is synchronous on one connection, so queries called with `db` inside the
  // callback run inside this transaction.
  db.transaction(() => {
    const res = db
      .update(invites)
      .set({ usedAt: new Date(), usedBy: userId })
      .where(and(eq(invites.id, invite.id), isNull(invites.usedAt), isNull(invites.revokedAt)))
      .run();
    if (res.changes === 0) throw new AppFailure("conflict", "This invite link has already been used.");
    addMember(db, invite.workspaceId, userId, invite.role);
  });
}
