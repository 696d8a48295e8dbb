import { openStore } from "@/db/store";
import { rebuildStaleDerivedData } from "@/db/queries/derived/rebuild-stale-derived-data";
import { bootstrapAdmin } from "@/server/auth/bootstrap-admin";
import { createAuth } from "@/server/auth/create-auth";
import { readEnv } from "@/lib/env";
import { removeStaleUploads, uploadsDir } from "@/server/import/spool-upload";
import { prepareSpareWorkers } from "@/server/import/worker/worker-thread";

export async function startup(): Promise<void> {
  const env = readEnv();
  const store = openStore(env.DATABASE_PATH);
  const db = store.main;
  try {
    // Before the first request: derived data built by an older version of the code is built again.
    const rebuilt = rebuildStaleDerivedData(db, (id) => store.workspace(id));
    if (rebuilt.length) console.log(`Liftboard: rebuilt the derived data of ${rebuilt.length} workspace(s) for this version.`);
    const admin = await bootstrapAdmin(db, createAuth(db, env, { withNextCookies: false }), env);
    if (admin === "created") console.log(`Liftboard: created owner ${env.LIFTBOARD_ADMIN_EMAIL} from the environment.`);
    // Uploads left by a process that stopped mid-import, now and every hour.
    const sweep = async () => {
      const stale = await removeStaleUploads(uploadsDir(env.DATABASE_PATH));
      if (stale) console.log(`Liftboard: removed ${stale} upload(s) left by an import that did not finish.`);
    };
    await sweep();
    // The first upload need not wait for a worker to load the app's modules.
    prepareSpareWorkers("import");
    setInterval(() => void sweep().catch((e: unknown) => console.error(e)), 3_600_000).unref();
  } finally {
    store.close();
  }
}
