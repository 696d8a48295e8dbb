import type { ConvertContext } from "./convert-context";
import { looksLikeEmail } from "./normalize-customer-key";
import { normalizeGender } from "./normalize-gender";
import { toIsoDate } from "./parse-date";
import { readCustomerRef } from "./read-customer-ref";
import type { CustomerRecord } from "../records";
import type { RowReader } from "../reading/row-reader";

export function convertCustomerRow(r: RowReader, ctx: ConvertContext): CustomerRecord | null {
  const customer = readCustomerRef(r, "customer", ctx.preset === "shopify_customers");
  const signup = r.date("signup_date");
  const birthYear = readBirthYear(r, new Date(ctx.now).getUTCFullYear());
  const gender = r.text("gender");
  const optOut = r.has("marketing_opt_out") ? r.boolean("marketing_opt_out") : invert(r.boolean("marketing_opt_in"));
  if (r.problem) return null;
  const attributes: Record<string, string> = {};
  for (const c of ctx.attributes) {
    const v = (r.fields[c.index] ?? "").trim();
    // An e-mail address in a free column would slip past privacy by design: skip it.
    if (v !== "" && !looksLikeEmail(v)) attributes[c.header] = v;
  }
  return {
    line: r.line,
    ...customer,
    signupDate: signup ? toIsoDate(signup) : null,
    birthYear,
    gender: gender === null ? null : normalizeGender(gender),
    city: r.text("city"),
    region: r.text("region"),
    country: r.text("country"),
    channel: r.text("channel"),
    marketingOptOut: optOut,
    attributes,
  };
}

const invert = (b: boolean | null) => (b === null ? null : !b);

function readBirthYear(r: RowReader, thisYear: number): number | null {
  const year = r.integer("birth_year");
  if (year !== null) {
    if (year >= 1900 && year <= thisYear) return year;
    r.fail("birth_year", `Birth year ${year} is not plausible: expected a year from 1900 to ${thisYear}.`);
    return null;
  }
  const age = r.integer("age");
  if (age === null) return null;
  if (age >= 0 && age <= 120) return thisYear - age;
  r.fail("age", `Age ${age} is not plausible: expected 0 to 120.`);
  return null;
}
