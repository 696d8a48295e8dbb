import { eq, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { savedReports, shareLinks, workspaces } from "../../schema";
import { getShareLinkStatus } from "@/lib/share/get-share-link-status";
import { hashToken } from "@/lib/tokens";
import { workspaceColumns, type Workspace } from "../workspaces/workspaces";
import type { SavedReport } from "./saved-reports";

type ShareLinkRow = typeof shareLinks.$inferSelect;

/** unknown → 404 (no such link, or its report was deleted); expired and revoked → 410. */
export type DeadShareReason = "unknown" | "expired" | "revoked";

export type ResolvedShareLink = Pick<ShareLinkRow, "id" | "tokenHash" | "mode" | "allowEmbed" | "expiresAt" | "dataAsOf"> & {
  hasPassword: boolean;
  /** Snapshot mode: the stored data, parsed; live mode: null. */
  snapshot: unknown;
};

export type ResolvedShare =
  | { ok: true; link: ResolvedShareLink; report: Pick<SavedReport, "id" | "name" | "page" | "query">; workspace: Workspace }
  | { ok: false; reason: DeadShareReason };

/** What a share token opens at `now`. The link's `tokenHash` is returned because unlock cookies
 * are bound to it; it is the hash of the token the caller already holds, so it reveals nothing. */
export function resolveShareToken(db: Db, token: string, now = new Date()): ResolvedShare {
  const row = db
    .select({
      link: {
        id: shareLinks.id,
        tokenHash: shareLinks.tokenHash,
        mode: shareLinks.mode,
        allowEmbed: shareLinks.allowEmbed,
        expiresAt: shareLinks.expiresAt,
        dataAsOf: shareLinks.dataAsOf,
        hasPassword: sql<boolean>`${shareLinks.passwordHash} is not null`.mapWith(Boolean),
      },
      revokedAt: shareLinks.revokedAt,
      snapshot: shareLinks.snapshot,
      report: { id: savedReports.id, name: savedReports.name, page: savedReports.page, query: savedReports.query },
      workspace: workspaceColumns,
    })
    .from(shareLinks)
    .innerJoin(savedReports, eq(savedReports.id, shareLinks.reportId))
    .innerJoin(workspaces, eq(workspaces.id, shareLinks.workspaceId))
    .where(eq(shareLinks.tokenHash, hashToken(token)))
    .get();
  if (!row) return { ok: false, reason: "unknown" };
  const status = getShareLinkStatus({ expiresAt: row.link.expiresAt, revokedAt: row.revokedAt }, now);
  if (status !== "active") return { ok: false, reason: status };
  const snapshot: unknown = row.snapshot === null ? null : JSON.parse(row.snapshot);
  return { ok: true, link: { ...row.link, snapshot }, report: row.report, workspace: row.workspace };
}
