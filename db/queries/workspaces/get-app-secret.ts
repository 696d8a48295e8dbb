import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { appSettings } from "../../schema";

/** The secret that signs session cookies: generated once per database unless set in the env. */
export function getAppSecret(db: Db): string {
  const row = db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, "auth_secret")).get();
  if (row) return row.value;
  const value = randomBytes(32).toString("base64url");
  db.insert(appSettings).values({ key: "auth_secret", value }).onConflictDoNothing().run();
  return db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, "auth_secret")).get()!.value;
}
