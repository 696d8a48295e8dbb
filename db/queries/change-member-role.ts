import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, type Role } from "../schema";
import { AppFailure } from "@/lib/result";

/** Sets a member's role (`null` removes them), refusing to leave the workspace without an owner. */
export function changeMemberRole(db: Db, workspaceId: number, userId: string, role: Role | null): void {
  db.transaction((tx) => {
    const where = and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId));
    const current = tx.select({ role: memberships.role }).from(memberships).where(where).get();
    if (!current) throw new AppFailure("not_found", "That person is not a member of this workspace.");
    if (current.role === "owner" && role !== "owner") {
      const { n } = tx
        .select({ n: sql<number>`count(*)` })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")))
        .get()!;
      if (n <= 1) throw new AppFailure("conflict", "A workspace needs at least one owner: make someone else owner first.");
    }
    if (role === null) tx.delete(memberships).where(where).run();
    else tx.update(memberships).set({ role }).where(where).run();
  });
}
