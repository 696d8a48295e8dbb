import { createHash } from "node:crypto";

type CustomerRef = { customerId: string | null; customerEmail: string | null; customerPhone: string | null };

/** The stored key of a row's customer: the shop's own id, else a salted SHA-256 of the e-mail
 * address (or phone number), so no e-mail address or phone number is ever stored. */
export function customerKeyOf(ref: CustomerRef, salt: string): string | null {
  if (ref.customerId) return ref.customerId;
  if (ref.customerEmail) return `email:${saltedHash(salt, ref.customerEmail)}`;
  if (ref.customerPhone) return `phone:${saltedHash(salt, ref.customerPhone)}`;
  return null;
}

/** The customer key of a guest checkout, one per order: a salted hash like the e-mail keys, so no id a
 * file gives can name it (a file's "guest:…" id stays a customer of its own). */
export function guestKey(orderKey: string, salt: string): string {
  return `guest:${saltedHash(salt, `guest:${orderKey}`)}`;
}

const saltedHash = (salt: string, value: string) => createHash("sha256").update(`${salt}:${value}`).digest("hex").slice(0, 32);

/** A stable key for rows that have none of their own (offers without an id, feedback). */
export function contentKey(parts: (string | number | boolean | null)[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
