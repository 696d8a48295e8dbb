import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../client";
import { apiTokens, workspaces } from "../../schema";

export type ApiTokenRow = { id: number; name: string; createdAt: Date; lastUsedAt: Date | null };

export function createApiToken(db: Db, input: { workspaceId: number; name: string; tokenHash: string; createdBy: string }): number {
  return db
    .insert(apiTokens)
    .values({ ...input, createdAt: new Date() })
    .returning({ id: apiTokens.id })
    .get().id;
}

/** Live tokens of a workspace; the hash never leaves this layer. */
export function listApiTokens(db: Db, workspaceId: number): ApiTokenRow[] {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt))
    .all();
}

export function revokeApiToken(db: Db, workspaceId: number, id: number): boolean {
  return (
    db
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt)))
      .run().changes > 0
  );
}

/** The workspace a live token belongs to (and marks it used), or undefined. */
export function findWorkspaceByApiToken(db: Db, tokenHash: string): { id: number; slug: string; timezone: string } | undefined {
  const row = db
    .select({ tokenId: apiTokens.id, id: workspaces.id, slug: workspaces.slug, timezone: workspaces.timezone })
    .from(apiTokens)
    .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return undefined;
  db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.tokenId)).run();
  return { id: row.id, slug: row.slug, timezone: row.timezone };
}
