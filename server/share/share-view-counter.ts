import { writeIfFree, type Db } from "@/db/client";
import { recordShareView } from "@/db/queries/reports/share-links";

const RETRY_MS = 2_000;

/** Counts share-link views without waiting for the main file's write lock (db/store.ts): while another
 * connection holds it, views are kept in memory and written together once it is free (with the next
 * view, or within seconds), so a visitor's page never waits for someone else's write. */
export function shareViewCounter(db: Db) {
  const pending = new Map<number, { views: number; last: Date }>();
  let retry: NodeJS.Timeout | null = null;
  const flush = () => {
    for (const [linkId, { views, last }] of pending) {
      if (!writeIfFree(db, () => recordShareView(db, linkId, last, views))) {
        retry ??= setTimeout(() => {
          retry = null;
          flush();
        }, RETRY_MS).unref();
        return;
      }
      pending.delete(linkId);
    }
  };
  return {
    count(linkId: number, now = new Date()): void {
      const p = pending.get(linkId);
      pending.set(linkId, { views: (p?.views ?? 0) + 1, last: now });
      flush();
    },
    /** Views counted and not yet written. */
    pending: () => [...pending.values()].reduce((n, p) => n + p.views, 0),
  };
}
