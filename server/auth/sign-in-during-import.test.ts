import { describe, expect, it } from "vitest";
import { connectDb, REQUEST_LOCK_WAIT_MS } from "@/db/client";
import { openSessionStore, sessionStorePath } from "@/db/session-store";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { readEnv } from "@/lib/env";
import { createAuth } from "./create-auth";
import { createUserWithPassword } from "./create-user";

const newDb = tempDbPerTest();

// An import holds the data file's write lock for as long as it runs. Signing in, staying signed in
// and signing out must not need it: the server keeps sessions in a file of their own.
describe("sessions while an import holds the data file", () => {
  it("signs in, reads the session and signs out while another connection holds the write lock", async () => {
    const { db, file } = newDb();
    db.$client.pragma(`busy_timeout = ${REQUEST_LOCK_WAIT_MS}`); // as the server's connection
    const sessions = openSessionStore(sessionStorePath(file));
    try {
      const auth = createAuth(db, readEnv({ NODE_ENV: "test" }), { withNextCookies: false, sessions });
      await createUserWithPassword(auth, { email: "anna@shop.nl", password: "a long password" });
      const importing = connectDb(file);
      importing.$client.exec("BEGIN IMMEDIATE");
      try {
        const signedIn = await auth.api.signInEmail({ body: { email: "anna@shop.nl", password: "a long password" }, asResponse: true });
        expect(signedIn.status).toBe(200);
        const headers = new Headers({
          cookie: signedIn.headers
            .getSetCookie()
            .map((c) => c.split(";")[0])
            .join("; "),
        });
        expect((await auth.api.getSession({ headers }))?.user.email).toBe("anna@shop.nl");
        await auth.api.signOut({ headers });
        expect(await auth.api.getSession({ headers })).toBeNull();
      } finally {
        importing.$client.exec("ROLLBACK");
        importing.$client.close();
      }
      expect(db.$client.prepare("SELECT count(*) FROM session").pluck().get()).toBe(0); // none written to the data file
    } finally {
      sessions.close();
    }
  });
});
