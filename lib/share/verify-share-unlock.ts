import "server-only";
import { timingSafeEqual } from "node:crypto";
import { shareUnlockMac, type ShareUnlockSubject } from "./sign-share-unlock";

// Canonical numbers only (no leading zeros), so one MAC matches exactly one cookie text.
const COOKIE = /^([1-9]\d{0,14})\.([1-9]\d{0,14})\.([A-Za-z0-9_-]{43})$/;

/** True only for an unexpired cookie signed for this link and its current token hash. */
export function verifyShareUnlock(secret: string, link: ShareUnlockSubject, cookieValue: string | undefined, now: Date): boolean {
  const m = cookieValue ? COOKIE.exec(cookieValue) : null;
  if (!m) return false;
  const expiresAtMs = Number(m[2]);
  if (m[1] !== String(link.id) || now.getTime() >= expiresAtMs) return false;
  const expected = Buffer.from(shareUnlockMac(secret, link, expiresAtMs));
  const given = Buffer.from(m[3]);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
