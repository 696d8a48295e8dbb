import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";
import { slugify } from "@/lib/slugify";
import type { Workspace } from "./get-workspace-by-slug";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";

/** Creates a workspace with a unique slug derived from its name (`shop`, `shop-2`, ...). */
export function createWorkspace(db: Db, input: WorkspaceSettings): Workspace {
  const base = slugify(input.name);
  let slug = base;
  for (let i = 2; db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)).get(); i++) {
    slug = `${base}-${i}`;
  }
  const row = db
    .insert(workspaces)
    .values({ ...input, slug, hashSalt: randomBytes(16).toString("hex"), createdAt: new Date() })
    .returning({ id: workspaces.id })
    .get();
  return { id: row.id, slug, ...input };
}
