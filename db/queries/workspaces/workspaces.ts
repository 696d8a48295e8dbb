import { randomBytes } from "node:crypto";
import { eq, asc, notExists, and, ne, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { workspaces, memberships, type Role } from "../../schema";
import { slugify } from "@/lib/slugify";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";

/** Creates a workspace with a unique slug derived from its name (`shop`, `shop-2`, ...). */
export function createWorkspace(db: Db, input: WorkspaceSettings): Workspace {
  const slug = freeSlug(db, input.name);
  const row = db
    .insert(workspaces)
    .values({ ...input, slug, hashSalt: randomBytes(16).toString("hex"), createdAt: new Date() })
    .returning({ id: workspaces.id })
    .get();
  return { id: row.id, slug, ...input };
}

// The salt stays in the data layer: select the public columns only.
export const workspaceColumns = {
  id: workspaces.id,
  name: workspaces.name,
  slug: workspaces.slug,
  currency: workspaces.currency,
  timezone: workspaces.timezone,
  locale: workspaces.locale,
};
export type Workspace = { id: number; name: string; slug: string; currency: string; timezone: string; locale: string };

export function getWorkspaceBySlug(db: Db, slug: string): Workspace | undefined {
  return db.select(workspaceColumns).from(workspaces).where(eq(workspaces.slug, slug)).get();
}

export type WorkspaceWithRole = Workspace & { role: Role };

export function listWorkspacesForUser(db: Db, userId: string): WorkspaceWithRole[] {
  return db
    .select({ ...workspaceColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name))
    .all();
}

/** The oldest workspace nobody is a member of yet (the `default` one of a new database). */
export function findUnclaimedWorkspace(db: Db): { id: number; slug: string } | undefined {
  return db
    .select({ id: workspaces.id, slug: workspaces.slug })
    .from(workspaces)
    .where(notExists(db.select({ one: memberships.userId }).from(memberships).where(eq(memberships.workspaceId, workspaces.id))))
    .orderBy(asc(workspaces.id))
    .get();
}

/** Gives a workspace new settings and a slug from its new name (used when setup claims `default`). */
export function renameWorkspace(db: Db, id: number, settings: WorkspaceSettings): Workspace {
  const slug = freeSlug(db, settings.name, id);
  db.update(workspaces)
    .set({ ...settings, slug })
    .where(eq(workspaces.id, id))
    .run();
  return { id, slug, ...settings };
}

/** A new database gets one workspace, `default` (EUR, Europe/Amsterdam). */
export function ensureDefaultWorkspace(db: Db): void {
  const { n } = db
    .select({ n: sql<number>`count(*)` })
    .from(workspaces)
    .get()!;
  if (n > 0) return;
  db.insert(workspaces)
    .values({
      name: "Default",
      slug: "default",
      currency: "EUR",
      timezone: "Europe/Amsterdam",
      locale: "nl",
      hashSalt: randomBytes(16).toString("hex"),
      createdAt: new Date(),
    })
    .run();
}

/** The name's slug, else `-2`, `-3`, ... after it: the first that no other workspace has. */
function freeSlug(db: Db, name: string, exceptId?: number): string {
  const base = slugify(name);
  const taken = (slug: string) =>
    db
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(and(eq(workspaces.slug, slug), exceptId === undefined ? undefined : ne(workspaces.id, exceptId)))
      .get();
  let slug = base;
  for (let i = 2; taken(slug); i++) slug = `${base}-${i}`;
  return slug;
}
