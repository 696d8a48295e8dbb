"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES } from "@/lib/schemas/workspace";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { fail, ok, type Result } from "@/lib/result";

const schema = z.object({ locale: z.enum(LOCALES) });

/** Remembers the chosen language for a year; open to everyone, including share-link visitors. */
export async function setLocale(input: z.input<typeof schema>): Promise<Result<null>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalid_input", "Unknown language.");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return ok(null);
}
