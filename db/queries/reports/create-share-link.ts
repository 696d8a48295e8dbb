import type { Db } from "../../client";
import { shareLinks } from "../../schema";
import { AppFailure } from "@/lib/result";
import type { ShareMode } from "@/lib/schemas/share";
import { hashSharePassword } from "@/lib/share/hash-share-password";
import { stampSnapshot } from "@/lib/share/stamp-snapshot";
import { hashToken, newToken } from "@/lib/tokens";
import { getSavedReport } from "./get-saved-report";

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
  if (input.mode === "live" && input.snapshot !== undefined) throw new AppFailure("invalid_input", "A live link shows current data; only snapshot links store data.", "snapshot");
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
