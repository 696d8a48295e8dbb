import { APIError } from "better-auth/api";
import { AppFailure } from "@/lib/result";
import type { Auth } from "./create-auth";

/** Creates an e-mail/password account through better-auth (which hashes the password).
 * Called server-side only: open sign-up over HTTP is closed. With request headers inside a
 * server action, the new user is also signed in. */
export async function createUserWithPassword(
  auth: Auth,
  input: { email: string; password: string; name?: string },
  headers?: Headers,
): Promise<{ userId: string }> {
  try {
    const res = await auth.api.signUpEmail({
      body: { email: input.email.toLowerCase(), password: input.password, name: input.name ?? input.email.split("@")[0] },
      headers,
    });
    return { userId: res.user.id };
  } catch (e) {
    if (e instanceof APIError) {
      const message = e.body?.message ?? e.message;
      const exists = /exist/i.test(message);
      throw new AppFailure(exists ? "conflict" : "invalid_input", exists ? "An account with this e-mail address already exists." : message);
    }
    throw e;
  }
}
