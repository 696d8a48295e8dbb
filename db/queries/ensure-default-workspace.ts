import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { workspaces } from "../schema";

/** A new database gets one workspace, `default` (EUR, Europe/Amsterdam). */
export function ensureDefaultWorkspace(db: Db): void {
  const { n } = db.select({ n: sql<number>`count(*)` }).from(workspaces).get()!;
  if (n > 0) return;
  db.insert(workspaces)
    .values({
      name: "Default",
      slug: "default",
      currency: "EUR",
      timezone: "Europe/Amsterdam",
      locale: "nl",
      hashSalt: randomBytes(16).toString("hex"),
      createdAt: new Date(),
    })
    .run();
}
