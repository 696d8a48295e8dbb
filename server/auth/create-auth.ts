import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { AttemptLimiter } from "../../lib/auth/attempt-limiter";
import type { Db } from "@/db/client";
import type { SessionStore } from "@/db/session-store";
import { user, session, account, verification } from "@/db/schema";
import { getAppSecret } from "@/db/queries/workspaces/get-app-secret";
import type { Env } from "@/lib/env";
import { baseUrlOf, trustedOrigins } from "@/lib/security/trusted-origins";

export const SIGN_IN_WINDOW_SECONDS = 60;
// Per account: 10 sign-in attempts per 15 minutes, whatever IP address they claim to come from.
export const ACCOUNT_ATTEMPTS = { max: 10, windowMs: 15 * 60_000 };
const MAX_EMAIL_LENGTH = 254;
const MAX_PASSWORD_LENGTH = 128;

/** better-auth over Liftboard's SQLite file. `withNextCookies` lets server actions set the
 * session cookie; the CLI runs without it. With `sessions`, sessions and the per-address sign-in
 * limits live there instead of the data file (the server: see db/session-store.ts). */
export function createAuth(db: Db, env: Env, { withNextCookies, sessions }: { withNextCookies: boolean; sessions?: SessionStore }) {
  const baseURL = baseUrlOf(env);
  const accountLimiter = new AttemptLimiter(ACCOUNT_ATTEMPTS.max, ACCOUNT_ATTEMPTS.windowMs);
  return betterAuth({
    appName: "Liftboard",
    baseURL,
    basePath: "/api/auth",
    secret: env.LIFTBOARD_SECRET ?? getAppSecret(db),
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
        const wait = accountLimiter.hit(email.toLowerCase());
        if (wait > 0) {
          throw new APIError("TOO_MANY_REQUESTS", { message: `Too many sign-in attempts for this account. Try again in ${Math.ceil(wait / 60)} minutes.` });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email" && ctx.context.newSession) accountLimiter.reset(ctx.context.newSession.user.email);
      }),
    },
    advanced: { cookiePrefix: "liftboard" },
    telemetry: { enabled: false },
    plugins: withNextCookies ? [nextCookies()] : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
