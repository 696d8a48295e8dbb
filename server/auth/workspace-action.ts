import "server-only";
import { z } from "zod";
import { getDb, getWorkspaceDb, type Db } from "@/db";
import { isLockBusy } from "@/db/client";
import { getMembership } from "@/db/queries/workspaces/members";
import type { WorkspaceWithRole } from "@/db/queries/workspaces/workspaces";
import type { Role } from "@/db/schema/workspaces";
import { AppFailure, fail, ok, type Result } from "@/lib/result";
import { slugSchema } from "@/lib/schemas/workspace";
import { hasRole } from "../../lib/auth/roles";
import { getCurrentUser, type SessionUser } from "./session";

/** `db`: the workspace's data, with the main file's tables (db/store.ts). */
export type ActionContext = { db: Db; user: SessionUser; workspace: WorkspaceWithRole };

/** Builds a server action that parses its input, checks the caller's role in the workspace
 * named by `workspace`, runs `fn` and returns one result shape, so no action can skip a step. */
export function workspaceAction<S extends z.ZodObject, T>(
  schema: S,
  atLeast: Role,
  fn: (input: z.infer<S>, ctx: ActionContext) => T | Promise<T>,
): (input: z.input<S> & { workspace: string }) => Promise<Result<T>> {
  const full = schema.extend({ workspace: slugSchema });
  return async (raw) => {
    const parsed = full.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail("invalid_input", issue.message, issue.path.join("."));
    }
    const user = await getCurrentUser();
    if (!user) return fail("unauthorized", "Sign in to continue.");
    const workspace = getMembership(getDb(), user.id, (parsed.data as { workspace: string }).workspace);
    if (!workspace) return fail("not_found", "Workspace not found.");
    if (!hasRole(workspace.role, atLeast)) return fail("forbidden", `This needs the ${atLeast} role; you are ${workspace.role}.`);
    return run(() => fn(parsed.data as z.infer<S>, { db: getWorkspaceDb(workspace.id), user, workspace }));
  };
}

/** Turns thrown AppFailures into the error shape; anything else is logged and hidden. */
export async function run<T>(fn: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message, e.field);
    if (isNextControlFlow(e)) throw e;
    // An import holds its workspace's write lock while it runs; requests wait for it only briefly (db/client.ts).
    if (isLockBusy(e)) return fail("conflict", BUSY_MESSAGE);
    console.error(e);
    return fail("internal", "Something went wrong on the server; nothing was changed.");
  }
}

export const BUSY_MESSAGE = "An import is writing to the database right now; nothing was changed. Try again when it has finished.";

// redirect() and notFound() throw errors that Next must see.
function isNextControlFlow(e: unknown): boolean {
  const digest = (e as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
