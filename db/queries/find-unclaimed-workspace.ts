import { asc, notExists, eq } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, workspaces } from "../schema";

/** The oldest workspace nobody is a member of yet (the `default` one of a new database). */
export function findUnclaimedWorkspace(db: Db): { id: number; slug: string } | undefined {
  return db
    .select({ id: workspaces.id, slug: workspaces.slug })
    .from(workspaces)
    .where(notExists(db.select({ one: memberships.userId }).from(memberships).where(eq(memberships.workspaceId, workspaces.id))))
    .orderBy(asc(workspaces.id))
    .get();
}
