import { looksLikeEmail, normalizeEmail, normalizePhone } from "./normalize-customer-key";
import type { RowReader } from "../reading/row-reader";

export interface CustomerRef {
  customerId: string | null;
  customerEmail: string | null;
  customerPhone: string | null;
}

const KEY_FIELDS = ["customer_id", "customer_email", "customer_phone"] as const;

/** The row's customer: id, else e-mail, else phone; only the one used is returned (data
 * minimisation). An "id" that is an e-mail address is treated as the e-mail, so an address never
 * lands in customerId. `preferEmail` reverses id and e-mail (Shopify customers: the orders export
 * only knows e-mail). Excel leftovers in ids ("'9013808660771", "17850.0") are cleaned. With `guest`
 * (order lines), a row with none of them is a guest checkout, not an error: all three come back null. */
export function readCustomerRef(r: RowReader, rowNoun: string, preferEmail = false, guest = false): CustomerRef {
  let id = r.text("customer_id");
  let email = r.text("customer_email");
  if (id !== null && looksLikeEmail(id)) {
    email ??= id;
    id = null;
  }
  if (id !== null) id = id.replace(/^'(?=\d+$)/, "").replace(/^(\d+)\.0+$/, "$1");
  const phone = r.text("customer_phone");
  if (email !== null && (id === null || preferEmail)) return { customerId: null, customerEmail: normalizeEmail(email), customerPhone: null };
  if (id !== null) return { customerId: id, customerEmail: null, customerPhone: null };
  if (phone !== null) return { customerId: null, customerEmail: null, customerPhone: normalizePhone(phone) };
  if (guest) return { customerId: null, customerEmail: null, customerPhone: null };
  const field = KEY_FIELDS.find((f) => r.has(f)) ?? "customer_id";
  const headers = KEY_FIELDS.filter((f) => r.has(f)).map((f) => `"${r.header(f)}"`);
  r.fail(
    field,
    `No customer: ${headers.join(" and ") || "the customer column"} ${headers.length > 1 ? "are" : "is"} empty, and every ${rowNoun} needs a customer id or e-mail address.`,
  );
  return { customerId: null, customerEmail: null, customerPhone: null };
}
