import "server-only";
import { getDb } from "@/db";
import { findWorkspaceByApiToken } from "@/db/queries/workspaces/api-tokens";
import { getMembership } from "@/db/queries/workspaces/members";
import { AppFailure } from "@/lib/result";
import { hashToken } from "@/lib/tokens";
import { hasRole } from "../../lib/auth/roles";
import { getCurrentUser } from "./session";

export type ImportCaller = { workspace: { id: number; slug: string; timezone: string }; userId: string | null; source: "upload" | "api" };

/** Who may import here: a workspace API token (Bearer), or a signed-in editor or owner of the
 * workspace named in the query. */
export async function resolveImportCaller(req: Request, slug: string | undefined): Promise<ImportCaller> {
  const auth = req.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) {
    const workspace = findWorkspaceByApiToken(getDb(), hashToken(auth.slice(7).trim()));
    if (!workspace) throw new AppFailure("unauthorized", "The API token is not valid or was revoked.");
    return { workspace, userId: null, source: "api" };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppFailure("unauthorized", "Sign in, or send a workspace API token as 'Authorization: Bearer …'.");
  const membership = slug ? getMembership(getDb(), user.id, slug) : undefined;
  if (!membership) throw new AppFailure("not_found", "Workspace not found.");
  if (!hasRole(membership.role, "editor")) throw new AppFailure("forbidden", "Importing needs the editor or owner role.");
  return { workspace: membership, userId: user.id, source: "upload" };
}
