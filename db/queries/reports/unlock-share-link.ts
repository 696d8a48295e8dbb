import { eq } from "drizzle-orm";
import type { Db } from "../../client";
import { shareLinks } from "../../schema";
import type { ShareUnlockLimiter } from "@/lib/share/share-unlock-limiter";
import { signShareUnlock } from "@/lib/share/sign-share-unlock";
import { verifySharePassword } from "@/lib/share/verify-share-password";
import { resolveShareToken, type DeadShareReason } from "./resolve-share-token";

export type UnlockShareResult =
  | { ok: true; cookie: { value: string; expiresAt: Date } }
  | { ok: false; reason: DeadShareReason | "wrong_password" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number; knownDevice: boolean };

/** Checks a share page's password and, when right, returns the signed unlock cookie value
 * (see verifyShareUnlock). Attempts are limited per link and per client address; `device` is the
 * browser's id (lib/auth/device-cookie.ts), which a right password makes known to the link. The
 * password hash is read here and never returned. A link without a password unlocks without one. */
export async function unlockShareLink(
  db: Db,
  input: { token: string; password: string; ip: string | null; device: string; secret: string },
  limiter: ShareUnlockLimiter,
  now = new Date(),
): Promise<UnlockShareResult> {
  const share = resolveShareToken(db, input.token, now);
  if (!share.ok) return share;
  const { passwordHash } = db.select({ passwordHash: shareLinks.passwordHash }).from(shareLinks).where(eq(shareLinks.id, share.link.id)).get()!;
  if (passwordHash) {
    const { waitSeconds, knownDevice } = limiter.hit(share.link.id, input.ip, input.device);
    if (waitSeconds > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds: waitSeconds, knownDevice };
    if (!(await verifySharePassword(passwordHash, input.password))) return { ok: false, reason: "wrong_password" };
    limiter.succeed(share.link.id, input.device);
  }
  return { ok: true, cookie: signShareUnlock(input.secret, share.link, now) };
}
