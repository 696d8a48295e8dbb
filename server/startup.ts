import { openDb } from "@/db/open-db";
import { bootstrapAdmin } from "@/server/auth/bootstrap-admin";
import { createAuth } from "@/server/auth/create-auth";
import { readEnv } from "@/lib/env";

export async function startup(): Promise<void> {
  const env = readEnv();
  const db = openDb(env.DATABASE_PATH);
  try {
    const admin = await bootstrapAdmin(db, createAuth(db, env, { withNextCookies: false }), env);
    if (admin === "created") console.log(`Liftboard: created owner ${env.LIFTBOARD_ADMIN_EMAIL} from the environment.`);
  } finally {
    db.$client.close();
  }
}
