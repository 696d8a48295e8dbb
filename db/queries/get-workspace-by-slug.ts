import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";

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
