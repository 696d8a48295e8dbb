import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { user } from "../../schema";

export function countUsers(db: Db): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(user)
    .get()!.n;
}
