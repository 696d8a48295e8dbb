import { describe, expect, it } from "vitest";
import { countUsers } from "@/db/queries/workspaces/count-users";
import { getMembership } from "@/db/queries/workspaces/members";
import { readEnv } from "@/lib/env";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { bootstrapAdmin } from "./bootstrap-admin";
import { createAuth } from "./create-auth";

const newDb = tempDbPerTest();

describe("bootstrapAdmin", () => {
  it("creates the owner of the default workspace from the environment, once, with a working hashed password", async () => {
    const t = newDb();
    const env = readEnv({ LIFTBOARD_ADMIN_EMAIL: "Admin@Shop.nl", LIFTBOARD_ADMIN_PASSWORD: "s3cret-pass", NODE_ENV: "test" });
    const auth = createAuth(t.db, env, { withNextCookies: false });

    expect(await bootstrapAdmin(t.db, auth, env)).toBe("created");
    expect(await bootstrapAdmin(t.db, auth, env)).toBe("skipped");
    expect(countUsers(t.db)).toBe(1);

    const session = await auth.api.signInEmail({ body: { email: "admin@shop.nl", password: "s3cret-pass" } });
    expect(session.user.email).toBe("admin@shop.nl");
    expect(getMembership(t.db, session.user.id, "default")?.role).toBe("owner");
    await expect(auth.api.signInEmail({ body: { email: "admin@shop.nl", password: "wrong-pass" } })).rejects.toThrow();

    // The password is stored hashed, never as given.
    const stored = t.db.$client.prepare("select password from account").get() as { password: string };
    expect(stored.password).not.toContain("s3cret-pass");
    expect(stored.password.length).toBeGreaterThan(40);
  });

  it("does nothing without both variables", async () => {
    const t = newDb();
    const env = readEnv({ LIFTBOARD_ADMIN_EMAIL: "admin@shop.nl", NODE_ENV: "test" });
    expect(await bootstrapAdmin(t.db, createAuth(t.db, env, { withNextCookies: false }), env)).toBe("skipped");
    expect(countUsers(t.db)).toBe(0);
  });
});

describe("sign-in limits", () => {
  it("locks an account after 10 attempts in 15 minutes, even with the right password, without touching other accounts", async () => {
    const t = newDb();
    const env = readEnv({ LIFTBOARD_ADMIN_EMAIL: "owner@shop.nl", LIFTBOARD_ADMIN_PASSWORD: "right-password", NODE_ENV: "test" });
    const auth = createAuth(t.db, env, { withNextCookies: false });
    await bootstrapAdmin(t.db, auth, env);
    for (let i = 0; i < 10; i++) {
      await expect(auth.api.signInEmail({ body: { email: "owner@shop.nl", password: `wrong-${i}` } })).rejects.toMatchObject({ statusCode: 401 });
    }
    await expect(auth.api.signInEmail({ body: { email: "OWNER@shop.nl", password: "right-password" } })).rejects.toMatchObject({
      statusCode: 429,
      body: { message: expect.stringMatching(/Too many sign-in attempts for this account/) },
    });
    await expect(auth.api.signInEmail({ body: { email: "someone@else.nl", password: "whatever1" } })).rejects.toMatchObject({ statusCode: 401 });
  });

  it("refuses an over-long e-mail address or password before counting it, so attempts cannot grow memory", async () => {
    const t = newDb();
    const env = readEnv({ NODE_ENV: "test" });
    const auth = createAuth(t.db, env, { withNextCookies: false });
    const huge = `${"x".repeat(5 * 1024 * 1024)}@shop.nl`;
    for (let i = 0; i < 12; i++) {
      // Never 429: nothing of it was kept to count.
      await expect(auth.api.signInEmail({ body: { email: huge, password: "whatever1" } })).rejects.toMatchObject({
        statusCode: 400,
        body: { message: "An e-mail address has at most 254 characters, a password at most 128." },
      });
    }
    await expect(auth.api.signInEmail({ body: { email: "a@shop.nl", password: "p".repeat(129) } })).rejects.toMatchObject({ statusCode: 400 });
  });
});
