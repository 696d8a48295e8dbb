import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { memoryLimitStore } from "../../lib/auth/attempt-limiter";
import { DEVICE_COOKIE, deviceCookieOptions, deviceIdOf, newDeviceCookie } from "../../lib/auth/device-cookie";
import { Lockout } from "../../lib/auth/lockout";
import { CLIENT_IP_HEADER, clientAddressTrusted } from "../http/client-address.mjs";
import type { Db } from "@/db/client";
import type { SessionStore } from "@/db/session-store";
import { user, session, account, verification } from "@/db/schema";
import { getAppSecret } from "@/db/queries/workspaces/get-app-secret";
import type { Env } from "@/lib/env";
import { baseUrlOf, trustedOrigins } from "@/lib/security/trusted-origins";

export const SIGN_IN_WINDOW_SECONDS = 60;
// Per account: 10 sign-in attempts per 15 minutes from browsers that never signed in to it, from any
// address; each browser that did has 10 of its own (lib/auth/lockout.ts).
export const ACCOUNT_ATTEMPTS = { max: 10, windowSeconds: 15 * 60 };
const MAX_EMAIL_LENGTH = 254;
const MAX_PASSWORD_LENGTH = 128;

/** better-auth over Liftboard's SQLite file. `withNextCookies` lets server actions set the
 * session cookie; the CLI runs without it. With `sessions`, sessions and the sign-in limits live there
 * instead of the data file and this process's memory (the server: see db/session-store.ts). */
export function createAuth(db: Db, env: Env, { withNextCookies, sessions }: { withNextCookies: boolean; sessions?: SessionStore }) {
  const baseURL = baseUrlOf(env);
  const secret = env.LIFTBOARD_SECRET ?? getAppSecret(db);
  const accounts = new Lockout(sessions ?? memoryLimitStore(), { prefix: "signin", ...ACCOUNT_ATTEMPTS });
  return betterAuth({
    appName: "Liftboard",
    baseURL,
    basePath: "/api/auth",
    secret,
    trustedOrigins: trustedOrigins(baseURL),
    database: drizzleAdapter(db, { provider: "sqlite", schema: { user, session, account, verification } }),
    secondaryStorage: sessions,
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: MAX_PASSWORD_LENGTH },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: SIGN_IN_WINDOW_SECONDS, max: env.LIFTBOARD_SIGNIN_LIMIT },
        "/change-password": { window: 600, max: 5 },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        // Checked before the limiter keeps the address as a key: no sign-in attempt grows memory by more
        // than an address can be long (RFC 5321: 254 characters).
        const email = ctx.body?.email;
        if (typeof email !== "string" || email.length > MAX_EMAIL_LENGTH || String(ctx.body?.password ?? "").length > MAX_PASSWORD_LENGTH) {
          throw new APIError("BAD_REQUEST", {
            message: `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters, a password at most ${MAX_PASSWORD_LENGTH}.`,
          });
        }
        const { waitSeconds, knownDevice } = accounts.attempt(email.toLowerCase(), deviceIdOf(secret, ctx.getCookie(DEVICE_COOKIE)));
        if (waitSeconds > 0) {
          const minutes = Math.ceil(waitSeconds / 60);
          // The sign-in form words it in the reader's language from `code` and `minutes`.
          throw new APIError("TOO_MANY_REQUESTS", {
            code: knownDevice ? "BROWSER_LOCKED" : "ACCOUNT_LOCKED_FOR_NEW_BROWSERS",
            minutes,
            message: knownDevice
              ? `Too many sign-in attempts from this browser. Try again in ${minutes} minutes.`
              : `Too many sign-in attempts for this account from browsers it has not signed in from before. Sign in from a browser you have used before, or try again in ${minutes} minutes.`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/change-password" && ctx.context.returned && !(ctx.context.returned instanceof Error)) {
          const email = ctx.context.session?.user.email;
          if (email) accounts.forgetDevices(email.toLowerCase());
          return;
        }
        if (ctx.path !== "/sign-in/email" || !ctx.context.newSession) return;
        // This browser is known to the account from now on: a lockout by someone else spares it.
        let device = deviceIdOf(secret, ctx.getCookie(DEVICE_COOKIE));
        if (!device) {
          const cookie = newDeviceCookie(secret);
          device = cookie.id;
          ctx.setCookie(DEVICE_COOKIE, cookie.value, deviceCookieOptions(baseURL.startsWith("https://")));
        }
        accounts.succeeded(ctx.context.newSession.user.email.toLowerCase(), device);
      }),
    },
    // The server entry (server.mjs) puts the client's address in this header, from the connection or a
    // trusted proxy; X-Forwarded-For itself can be written by anyone.
    // Without it (next dev, a bare next start) no header is trusted: one shared per-address bucket.
    advanced: { cookiePrefix: "liftboard", ipAddress: { ipAddressHeaders: clientAddressTrusted() ? [CLIENT_IP_HEADER] : [] } },
    telemetry: { enabled: false },
    plugins: withNextCookies ? [nextCookies()] : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
