import { openDb } from "@/db/open-db";
import type { Db } from "@/db/client";
import { getWorkspaceBySlug, type Workspace } from "@/db/queries/workspaces/workspaces";
import { readEnv, type Env } from "@/lib/env";
import { AppFailure } from "@/lib/result";

export type GlobalOptions = { db?: string; workspace?: string; json: boolean };
export type CliContext = { db: Db; env: Env; options: GlobalOptions };

/** `--db` wins over DATABASE_PATH, which wins over data/liftboard.db; a new file is migrated
 * and gets the `default` workspace on first use. */
export function openCliContext(options: GlobalOptions): CliContext {
  const env = readEnv({ ...process.env, ...(options.db ? { DATABASE_PATH: options.db } : {}) });
  return { db: openDb(env.DATABASE_PATH), env, options };
}

export function resolveWorkspace(ctx: CliContext): Workspace {
  const slug = ctx.options.workspace ?? "default";
  const workspace = getWorkspaceBySlug(ctx.db, slug);
  if (!workspace) throw new AppFailure("not_found", `No workspace with slug "${slug}". Create it with: npm run cli -- workspace create --name NAME`);
  return workspace;
}
