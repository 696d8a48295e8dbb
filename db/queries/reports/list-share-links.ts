import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports, shareLinks, user } from "../../schema";
import { getShareLinkStatus, type ShareLinkStatus } from "@/lib/share/get-share-link-status";

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
