import "server-only";
import { createHmac } from "node:crypto";

export const SHARE_UNLOCK_TTL_MS = 12 * 60 * 60 * 1000;

/** What an unlock cookie is bound to: the link and its current token hash, so rotating the
 * token (new hash) or revoking the link (no longer resolves) makes old cookies worthless. */
export type ShareUnlockSubject = { id: number; tokenHash: string };

/** The MAC over the cookie's fields; the purpose prefix keeps it from matching any other use
 * of the app secret. */
export function shareUnlockMac(secret: string, link: ShareUnlockSubject, expiresAtMs: number): string {
  return createHmac("sha256", secret).update(`share-unlock:${link.id}.${expiresAtMs}.${link.tokenHash}`).digest("base64url");
}

/** A cookie value proving the visitor gave the link's password: `${linkId}.${expiresAtMs}.${mac}`.
 * It never holds the password or the token. */
export function signShareUnlock(secret: string, link: ShareUnlockSubject, now: Date, ttlMs = SHARE_UNLOCK_TTL_MS): { value: string; expiresAt: Date } {
  const expiresAtMs = now.getTime() + ttlMs;
  return { value: `${link.id}.${expiresAtMs}.${shareUnlockMac(secret, link, expiresAtMs)}`, expiresAt: new Date(expiresAtMs) };
}
