"use server";

import { cookies, headers } from "next/headers";
import { getDb } from "@/db";
import { unlockShareLink as unlock } from "@/db/queries/reports/unlock-share-link";
import { readEnv } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/result";
import { unlockShareLinkSchema } from "@/lib/schemas/share";
import { getShareSecret } from "@/server/share/open-share";
import { shareCookieName, shareCookiePath } from "@/lib/share/share-cookie";
import { ShareUnlockLimiter } from "@/lib/share/share-unlock-limiter";

const limiter = new ShareUnlockLimiter();

/** The share page's password form. Open to anyone holding the link (no account), so it checks the
 * token itself; the cookie it sets is signed, short-lived and holds no password. */
export async function unlockShareLink(input: { token: string; password: string }): Promise<Result<null>> {
  const parsed = unlockShareLinkSchema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0].message, "password");
  const db = getDb();
  const h = await headers();
  // The first X-Forwarded-For hop can be forged; the per-link limit holds regardless.
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  const result = await unlock(db, { ...parsed.data, ip, secret: getShareSecret(db) }, limiter);
  if (!result.ok) {
    switch (result.reason) {
      case "wrong_password":
        return fail("unauthorized", "That password is not right.", "password");
      case "rate_limited":
        return fail("rate_limited", `Too many attempts. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes.`);
      case "unknown":
        return fail("not_found", "This link does not exist.");
      default:
        return fail("gone", `This link has ${result.reason === "expired" ? "expired" : "been revoked"}.`);
    }
  }
  const linkId = Number(result.cookie.value.split(".")[0]); // the signed value starts with the link id
  (await cookies()).set(shareCookieName(linkId), result.cookie.value, {
    httpOnly: true,
    sameSite: "lax",
    secure: readEnv().LIFTBOARD_URL?.startsWith("https://") ?? false,
    path: shareCookiePath(parsed.data.token),
    expires: result.cookie.expiresAt,
  });
  return ok(null);
}
