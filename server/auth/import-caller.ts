import "server-only";
import { getDb } from "@/db";
import { findWorkspaceByApiToken } from "@/db/queries/workspaces/api-tokens";
import { getMembership } from "@/db/queries/workspaces/members";
import { AppFailure } from "@/lib/result";
import { readEnv } from "@/lib/env";
import { baseUrlOf, trustedOrigins } from "@/lib/security/trusted-origins";
import { hashToken } from "@/lib/tokens";
import { hasRole } from "../../lib/auth/roles";
import { getCurrentUser } from "./session";

export type ImportCaller = { workspace: { id: number; slug: string; timezone: string }; userId: string | null; source: "upload" | "api" };

/** Who may import here: a workspace API token (Bearer), or a signed-in editor or owner of the
 * workspace named in the query (`?workspace=`), read before anything else of the request is parsed. */
export async function resolveImportCaller(req: Request, slug: string | undefined): Promise<ImportCaller> {
  const auth = req.headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) {
    const workspace = findWorkspaceByApiToken(getDb(), hashToken(auth.slice(7).trim()));
    if (!workspace) throw new AppFailure("unauthorized", "The API token is not valid or was revoked.");
    return { workspace, userId: null, source: "api" };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppFailure("unauthorized", "Sign in, or send a workspace API token as 'Authorization: Bearer …'.");
  // A session cookie rides along with requests other sites make: only this site's own pages may use it
  // to change anything. (Browsers send no Origin on a same-site GET, which changes nothing.)
  const origin = req.headers.get("origin");
  const reads = req.method === "GET" || req.method === "HEAD";
  if (!reads && (!origin || !trustedOrigins(baseUrlOf(readEnv())).includes(origin))) {
    throw new AppFailure("forbidden", "Imports with a session come only from Liftboard's own pages; scripts send a workspace API token instead.");
  }
  const membership = slug ? getMembership(getDb(), user.id, slug) : undefined;
  if (!membership) throw new AppFailure("not_found", "Workspace not found.");
  if (!hasRole(membership.role, "editor")) throw new AppFailure("forbidden", "Importing needs the editor or owner role.");
  return { workspace: membership, userId: user.id, source: "upload" };
}
