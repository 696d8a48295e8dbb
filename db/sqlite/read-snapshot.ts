import type { Db } from "../client";

/** Runs several reads on one snapshot of the database: an import committing from another process
 * between them (the CLI, a second server) cannot make them disagree, e.g. a time span read before
 * it and kept tables read after it. Inside a caller's transaction it is a savepoint. */
export function readSnapshot<T>(db: Db, read: () => T): T {
  return db.$client.transaction(read)();
}
