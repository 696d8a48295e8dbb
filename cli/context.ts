import type { Db } from "@/db/client";
import { openStore, type Store } from "@/db/store";
import { getWorkspaceBySlug, type Workspace } from "@/db/queries/workspaces/workspaces";
import { readEnv, type Env } from "@/lib/env";
import { AppFailure } from "@/lib/result";

export type GlobalOptions = { db?: string; workspace?: string; json: boolean };
/** `db`: the main file (accounts, workspaces); a workspace's data through `store.workspace`, as the server keeps them. */
export type CliContext = { db: Db; store: Store; env: Env; options: GlobalOptions };

/** `--db` wins over DATABASE_PATH, which wins over data/liftboard.db; a new file is migrated
 * and gets the `default` workspace on first use. */
export function openCliContext(options: GlobalOptions): CliContext {
  const env = readEnv({ ...process.env, ...(options.db ? { DATABASE_PATH: options.db } : {}) });
  const store = openStore(env.DATABASE_PATH);
  return { db: store.main, store, env, options };
}

/** The workspace `--workspace` names (default: `default`), with a connection to its data. */
export function resolveWorkspace(ctx: CliContext): { workspace: Workspace; data: Db } {
  const slug = ctx.options.workspace ?? "default";
  const workspace = getWorkspaceBySlug(ctx.db, slug);
  if (!workspace) throw new AppFailure("not_found", `No workspace with slug "${slug}". Create it with: npm run cli -- workspace create --name NAME`);
  return { workspace, data: ctx.store.workspace(workspace.id) };
}
