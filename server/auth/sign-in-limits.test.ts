import { describe, expect, it } from "vitest";
import { openSessionStore, sessionStorePath, type SessionStore } from "@/db/session-store";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { DEVICE_COOKIE } from "@/lib/auth/device-cookie";
import { readEnv } from "@/lib/env";
import { CLIENT_IP_HEADER, trustClientAddressHeader } from "../http/client-address.mjs";
import { ACCOUNT_ATTEMPTS, createAuth, type Auth } from "./create-auth";
import { createUserWithPassword } from "./create-user";

const newDb = tempDbPerTest();
trustClientAddressHeader(); // as server.mjs does
const URL_ = "http://localhost:3000";

/** A sign-in over HTTP, as a browser sends it: better-auth's per-address limit only runs there. */
function signIn(auth: Auth, body: { email: string; password: string }, o: { ip?: string; forwardedFor?: string; cookie?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json", origin: URL_ });
  if (o.ip) headers.set(CLIENT_IP_HEADER, o.ip);
  if (o.forwardedFor) headers.set("x-forwarded-for", o.forwardedFor);
  if (o.cookie) headers.set("cookie", o.cookie);
  return auth.handler(new Request(`${URL_}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify(body) }));
}

const deviceCookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith(`${DEVICE_COOKIE}=`));

async function setup(limit = "1000") {
  const { db, file } = newDb();
  const env = readEnv({ NODE_ENV: "test", LIFTBOARD_URL: URL_, LIFTBOARD_SIGNIN_LIMIT: limit });
  const stores: SessionStore[] = [];
  const server = () => {
    const sessions = openSessionStore(sessionStorePath(file));
    stores.push(sessions);
    return createAuth(db, env, { withNextCookies: false, sessions });
  };
  const auth = server();
  await createUserWithPassword(auth, { email: "owner@shop.nl", password: "the owner's password" });
  return { auth, server, close: () => stores.forEach((s) => s.close()) };
}

const OWNER = { email: "owner@shop.nl", password: "the owner's password" };

describe("sign-in limits", () => {
  it("someone who knows the owner's address locks out new browsers, never the owner's own", async () => {
    const { auth, close } = await setup();
    try {
      const first = await signIn(auth, OWNER, { ip: "192.0.2.1" });
      expect(first.status).toBe(200);
      const device = deviceCookieOf(first);
      expect(device).toBeTruthy();

      // The owner's own sign-in from a new browser is not held against new browsers: the guesses are.
      for (let i = 0; i < ACCOUNT_ATTEMPTS.max; i++) {
        expect((await signIn(auth, { ...OWNER, password: `guess-${i}` }, { ip: `198.51.100.${i}` })).status).toBe(401);
      }
      const stranger = await signIn(auth, OWNER, { ip: "198.51.100.99" });
      expect(stranger.status).toBe(429);
      expect(await stranger.json()).toEqual({
        code: "ACCOUNT_LOCKED_FOR_NEW_BROWSERS",
        minutes: 15,
        message: expect.stringMatching(/Too many sign-in attempts for this account from browsers it has not signed in from before/),
      });
      // A device cookie that is not ours counts as no cookie.
      expect((await signIn(auth, OWNER, { ip: "198.51.100.99", cookie: `${DEVICE_COOKIE}=made-up.signature` })).status).toBe(429);

      // The owner, on the browser they signed in with before, from another address: in.
      expect((await signIn(auth, OWNER, { ip: "203.0.113.7", cookie: device })).status).toBe(200);
      // That browser has its own count, so it cannot be used to guess without end either.
      for (let i = 0; i < ACCOUNT_ATTEMPTS.max; i++) await signIn(auth, { ...OWNER, password: `typo-${i}` }, { ip: "203.0.113.7", cookie: device });
      const tired = await signIn(auth, OWNER, { ip: "203.0.113.7", cookie: device });
      expect(tired.status).toBe(429);
      expect(await tired.json()).toMatchObject({ code: "BROWSER_LOCKED", message: expect.stringMatching(/from this browser/) });
    } finally {
      close();
    }
  });

  it("forgets the browsers known to an account when its password changes", async () => {
    const { auth, close } = await setup();
    try {
      const first = await signIn(auth, OWNER, { ip: "192.0.2.1" });
      const device = deviceCookieOf(first)!;
      const session = first.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const changed = await auth.handler(
        new Request(`${URL_}/api/auth/change-password`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: URL_, cookie: session, [CLIENT_IP_HEADER]: "192.0.2.1" },
          body: JSON.stringify({ currentPassword: OWNER.password, newPassword: "a brand new password" }),
        }),
      );
      expect(changed.status).toBe(200);
      for (let i = 0; i < ACCOUNT_ATTEMPTS.max; i++) await signIn(auth, { ...OWNER, password: `guess-${i}` }, { ip: `198.51.100.${i}` });
      // The browser knew the old password only: it is one of the new browsers now.
      const again = await signIn(auth, { ...OWNER, password: "a brand new password" }, { ip: "192.0.2.1", cookie: device });
      expect(again.status).toBe(429);
    } finally {
      close();
    }
  });

  it("limits per address by the address the server entry worked out, whatever X-Forwarded-For claims", async () => {
    const { auth, close } = await setup("3");
    try {
      const wrong = (i: number, ip: string) => signIn(auth, { email: `someone-${i}@shop.nl`, password: "whatever1" }, { ip, forwardedFor: `203.0.113.${i}` });
      for (let i = 0; i < 3; i++) expect((await wrong(i, "192.0.2.50")).status).toBe(401);
      expect((await wrong(3, "192.0.2.50")).status).toBe(429);
      expect((await wrong(4, "192.0.2.51")).status).toBe(401);
    } finally {
      close();
    }
  });

  it("keeps the counts where every server process sees them, through a restart", async () => {
    const { server, close } = await setup();
    try {
      const [a, b] = [server(), server()];
      for (let i = 0; i < ACCOUNT_ATTEMPTS.max / 2; i++) {
        await signIn(a, { ...OWNER, password: `a-${i}` }, { ip: `198.51.100.${i}` });
        await signIn(b, { ...OWNER, password: `b-${i}` }, { ip: `198.51.100.${100 + i}` });
      }
      const restarted = server();
      expect((await signIn(restarted, OWNER, { ip: "198.51.100.200" })).status).toBe(429);
    } finally {
      close();
    }
  });
});
