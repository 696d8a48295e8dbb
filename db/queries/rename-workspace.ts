import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";
import { slugify } from "@/lib/slugify";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";
import type { Workspace } from "./get-workspace-by-slug";

/** Gives a workspace new settings and a slug from its new name (used when setup claims `default`). */
export function renameWorkspace(db: Db, id: number, settings: WorkspaceSettings): Workspace {
  const base = slugify(settings.name);
  let slug = base;
  const taken = (s: string) => db.select({ id: workspaces.id }).from(workspaces).where(and(eq(workspaces.slug, s), ne(workspaces.id, id))).get();
  for (let i = 2; taken(slug); i++) slug = `${base}-${i}`;
  db.update(workspaces).set({ ...settings, slug }).where(eq(workspaces.id, id)).run();
  return { id, slug, ...settings };
}
