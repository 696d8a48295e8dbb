import "server-only";
import { cookies } from "next/headers";
import { getDb, getWorkspaceDb, type Db } from "@/db";
import { getAppSecret } from "@/db/queries/workspaces/get-app-secret";
import { resolveShareToken, type ResolvedShare } from "@/db/queries/reports/resolve-share-token";
import { readEnv } from "@/lib/env";
import { shareCookieName } from "../../lib/share/share-cookie";
import { verifyShareUnlock } from "../../lib/share/verify-share-unlock";
import { shareViewCounter } from "./share-view-counter";

export const getShareSecret = (db: Db): string => readEnv().LIFTBOARD_SECRET ?? getAppSecret(db);

export type OpenShare =
  | { state: "dead"; reason: "unknown" | "expired" | "revoked" }
  | { state: "locked"; share: Extract<ResolvedShare, { ok: true }> }
  | { state: "open"; share: Extract<ResolvedShare, { ok: true }>; db: Db };

/** What a visitor holding `token` may see now: nothing, a password form, or the report. Every share
 * entry point (page, data route) starts here, so none can skip the password. An open link comes with
 * its workspace's data (`db`). */
export async function openShare(token: string, now = new Date()): Promise<OpenShare> {
  const db = getDb();
  const share = resolveShareToken(db, token, now);
  if (!share.ok) return { state: "dead", reason: share.reason };
  if (share.link.hasPassword) {
    const cookie = (await cookies()).get(shareCookieName(share.link.id))?.value;
    if (!verifyShareUnlock(getShareSecret(db), share.link, cookie, now)) return { state: "locked", share };
  }
  return { state: "open", share, db: getWorkspaceDb(share.workspace.id) };
}

const g = globalThis as unknown as { liftboardShareViews?: ReturnType<typeof shareViewCounter> };

/** Counts a view of an open share link (share-view-counter.ts: never waits for an import). */
export function countShareView(linkId: number): void {
  g.liftboardShareViews ??= shareViewCounter(getDb());
  g.liftboardShareViews.count(linkId);
}
