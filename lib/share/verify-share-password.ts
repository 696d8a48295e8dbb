import "server-only";
import { verifyPassword } from "better-auth/crypto";

/** False for a wrong password and for a malformed stored hash, so a bad row never unlocks. */
export async function verifySharePassword(hash: string, password: string): Promise<boolean> {
  try {
    return await verifyPassword({ hash, password });
  } catch {
    return false;
  }
}
