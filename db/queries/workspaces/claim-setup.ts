import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { appSettings } from "../../schema";

const KEY = "setup_claimed";

/** Takes the first-run setup for one request: true for the first caller only, even when several
 * arrive at once (one row, inserted once). */
export function claimSetup(db: Db): boolean {
  return db.insert(appSettings).values({ key: KEY, value: new Date().toISOString() }).onConflictDoNothing().run().changes === 1;
}

/** Gives the setup back when the owner could not be made, so it can be tried again. */
export function releaseSetup(db: Db): void {
  db.delete(appSettings).where(eq(appSettings.key, KEY)).run();
}
