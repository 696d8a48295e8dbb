"use server";

import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getDb, getSessionStore } from "@/db";
import { unlockShareLink as unlock } from "@/db/queries/reports/unlock-share-link";
import { readEnv } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/result";
import { unlockShareLinkSchema } from "@/lib/schemas/share";
import { getShareSecret } from "@/server/share/open-share";
import { shareCookieName, shareCookiePath } from "@/lib/share/share-cookie";
import { ShareUnlockLimiter } from "@/lib/share/share-unlock-limiter";
import { DEVICE_COOKIE, deviceCookieOptions, deviceIdOf, newDeviceCookie } from "@/lib/auth/device-cookie";
import { clientIpOf } from "@/server/http/client-ip";

const g = globalThis as unknown as { liftboardShareLimiter?: ShareUnlockLimiter };

/** The share page's password form. Open to anyone holding the link (no account), so it checks the
 * token itself; the cookie it sets is signed, short-lived and holds no password. */
export async function unlockShareLink(input: { token: string; password: string }): Promise<Result<null>> {
  const parsed = unlockShareLinkSchema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0].message, "password");
  const db = getDb();
  const secret = getShareSecret(db);
  const jar = await cookies();
  const known = deviceIdOf(secret, jar.get(DEVICE_COOKIE)?.value);
  const fresh = known ? null : newDeviceCookie(secret);
  g.liftboardShareLimiter ??= new ShareUnlockLimiter(getSessionStore());
  const ip = clientIpOf(await headers());
  const result = await unlock(db, { ...parsed.data, ip, device: known ?? fresh!.id, secret }, g.liftboardShareLimiter);
  if (!result.ok) {
    const t = await getTranslations("share.errors");
    switch (result.reason) {
      case "wrong_password":
        return fail("unauthorized", t("wrongPassword"), "password");
      case "rate_limited": {
        const minutes = Math.ceil(result.retryAfterSeconds / 60);
        return fail("rate_limited", result.knownDevice ? t("tooManyFromBrowser", { minutes }) : t("tooManyNewBrowsers", { minutes }));
      }
      case "unknown":
        return fail("not_found", t("unknown"));
      default:
        return fail("gone", t(result.reason));
    }
  }
  const linkId = Number(result.cookie.value.split(".")[0]); // the signed value starts with the link id
  const secure = readEnv().LIFTBOARD_URL?.startsWith("https://") ?? false;
  jar.set(shareCookieName(linkId), result.cookie.value, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: shareCookiePath(parsed.data.token),
    expires: result.cookie.expiresAt,
  });
  // This browser is known to the link from now on: a lockout by someone guessing spares it.
  if (fresh) jar.set(DEVICE_COOKIE, fresh.value, deviceCookieOptions(secure));
  return ok(null);
}
