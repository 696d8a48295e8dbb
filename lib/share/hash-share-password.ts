import "server-only";
import { hashPassword } from "better-auth/crypto";

/** Share-link passwords get the same salted scrypt hash as account passwords. */
export function hashSharePassword(password: string): Promise<string> {
  return hashPassword(password);
}
