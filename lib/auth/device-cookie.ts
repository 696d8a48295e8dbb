import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "liftboard.device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 3600;

/** How the device cookie is set, by sign-in and by a share link's unlock alike. */
export const deviceCookieOptions = (secure: boolean) =>
  ({ httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS }) as const;

const mac = (secret: string, id: string) => createHmac("sha256", secret).update(`device:${id}`).digest("base64url");

/** A new browser id, signed so that nobody can claim another browser's standing by guessing ids. */
export function newDeviceCookie(secret: string): { id: string; value: string } {
  const id = randomBytes(16).toString("base64url");
  return { id, value: `${id}.${mac(secret, id)}` };
}

/** The browser id in a device cookie, or null when the cookie is missing, malformed or not ours. */
export function deviceIdOf(secret: string, value: string | null | undefined): string | null {
  if (!value || value.length > 100) return null;
  const [id, sig, ...rest] = value.split(".");
  if (!id || !sig || rest.length > 0) return null;
  const want = Buffer.from(mac(secret, id));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got) ? id : null;
}
