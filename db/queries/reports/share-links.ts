import type { Db } from "../../client";
import { shareLinks, savedReports, user } from "../../schema";
import { AppFailure } from "@/lib/result";
import type { ShareMode } from "@/lib/schemas/share";
import { hashSharePassword } from "@/lib/share/hash-share-password";
import { stampSnapshot } from "@/lib/share/stamp-snapshot";
import { hashToken, newToken } from "@/lib/tokens";
import { getSavedReport } from "./saved-reports";
import { and, desc, eq, sql, isNull } from "drizzle-orm";
import { getShareLinkStatus, type ShareLinkStatus } from "@/lib/share/get-share-link-status";

export type NewShareLink = {
  workspaceId: number;
  reportId: number;
  createdBy: string | null;
  mode: ShareMode;
  /** Snapshot mode only (required there): the report's data, stored as JSON. */
  snapshot?: unknown;
  /** Snapshot mode only: the moment the data is as of; defaults to `now`. */
  dataAsOf?: Date;
  expiresAt?: Date | null;
  /** Plain password; only its scrypt hash is stored. */
  password?: string | null;
  allowEmbed?: boolean;
};

/** Creates a share link and returns its token: the only time the plain token exists. */
export async function createShareLink(db: Db, input: NewShareLink, now = new Date()): Promise<{ id: number; token: string }> {
  if (!getSavedReport(db, input.workspaceId, input.reportId)) throw new AppFailure("not_found", "That report does not exist in this workspace.", "reportId");
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) throw new AppFailure("invalid_input", "Pick an expiry in the future.", "expiresAt");
  if (input.mode === "live" && input.snapshot !== undefined)
    throw new AppFailure("invalid_input", "A live link shows current data; only snapshot links store data.", "snapshot");
  const frozen = input.mode === "snapshot" ? stampSnapshot(input.snapshot, input.dataAsOf ?? now) : null;
  // Hashed before the insert, so the plain password never reaches the database or a log.
  const passwordHash = input.password ? await hashSharePassword(input.password) : null;
  const token = newToken();
  const row = db
    .insert(shareLinks)
    .values({
      workspaceId: input.workspaceId,
      reportId: input.reportId,
      tokenHash: hashToken(token),
      mode: input.mode,
      snapshot: frozen?.json ?? null,
      dataAsOf: frozen?.dataAsOf ?? null,
      passwordHash,
      allowEmbed: input.allowEmbed ?? false,
      expiresAt: input.expiresAt ?? null,
      createdBy: input.createdBy,
      createdAt: now,
    })
    .returning({ id: shareLinks.id })
    .get();
  return { id: row.id, token };
}

type ShareLinkRow = typeof shareLinks.$inferSelect;

export type ShareLinkListItem = Pick<
  ShareLinkRow,
  "id" | "reportId" | "mode" | "allowEmbed" | "expiresAt" | "dataAsOf" | "createdAt" | "lastViewedAt" | "viewCount" | "revokedAt"
> & {
  reportName: string;
  hasPassword: boolean;
  createdByName: string | null;
  createdByEmail: string | null;
  status: ShareLinkStatus;
};

/** A workspace's share links (or one report's), newest first, revoked and expired ones included
 * with their status. Columns are picked so the token and password hashes stay in this layer. */
export function listShareLinks(db: Db, workspaceId: number, opts: { reportId?: number; now?: Date } = {}): ShareLinkListItem[] {
  const now = opts.now ?? new Date();
  const rows = db
    .select({
      id: shareLinks.id,
      reportId: shareLinks.reportId,
      reportName: savedReports.name,
      mode: shareLinks.mode,
      allowEmbed: shareLinks.allowEmbed,
      hasPassword: sql<boolean>`${shareLinks.passwordHash} is not null`.mapWith(Boolean),
      expiresAt: shareLinks.expiresAt,
      dataAsOf: shareLinks.dataAsOf,
      createdAt: shareLinks.createdAt,
      createdByName: user.name,
      createdByEmail: user.email,
      lastViewedAt: shareLinks.lastViewedAt,
      viewCount: shareLinks.viewCount,
      revokedAt: shareLinks.revokedAt,
    })
    .from(shareLinks)
    .innerJoin(savedReports, eq(savedReports.id, shareLinks.reportId))
    .leftJoin(user, eq(user.id, shareLinks.createdBy))
    .where(and(eq(shareLinks.workspaceId, workspaceId), opts.reportId === undefined ? undefined : eq(shareLinks.reportId, opts.reportId)))
    .orderBy(desc(shareLinks.createdAt), desc(shareLinks.id))
    .all();
  return rows.map((r) => ({ ...r, status: getShareLinkStatus(r, now) }));
}

/** Kills a link at once (its token and unlock cookies stop working); the row stays for the
 * listing. False when the link is not in this workspace or already revoked. */
export function revokeShareLink(db: Db, workspaceId: number, linkId: number, now = new Date()): boolean {
  return (
    db
      .update(shareLinks)
      .set({ revokedAt: now })
      .where(and(eq(shareLinks.id, linkId), eq(shareLinks.workspaceId, workspaceId), isNull(shareLinks.revokedAt)))
      .run().changes > 0
  );
}

/** Gives a link a new token in the same row (its settings, views and history stay): the old
 * token and every unlock cookie signed for it stop working at once. Returns the new plain token,
 * or undefined when the link is not in this workspace or is revoked (rotation never revives). */
export function rotateShareLink(db: Db, workspaceId: number, linkId: number): { token: string } | undefined {
  const token = newToken();
  const changed = db
    .update(shareLinks)
    .set({ tokenHash: hashToken(token) })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.workspaceId, workspaceId), isNull(shareLinks.revokedAt)))
    .run().changes;
  return changed > 0 ? { token } : undefined;
}

/** Counts views of a link (call it after resolveShareToken, and after unlocking when the link
 * has a password): `views` seen, the last at `now`; one UPDATE, so concurrent views are not lost. */
export function recordShareView(db: Db, linkId: number, now = new Date(), views = 1): void {
  db.update(shareLinks)
    .set({ viewCount: sql`${shareLinks.viewCount} + ${views}`, lastViewedAt: now })
    .where(and(eq(shareLinks.id, linkId), isNull(shareLinks.revokedAt)))
    .run();
}
