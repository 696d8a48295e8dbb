import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";
import type { WorkspaceSettings } from "@/lib/schemas/workspace";

export function updateWorkspace(db: Db, workspaceId: number, settings: WorkspaceSettings): void {
  db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).run();
}
