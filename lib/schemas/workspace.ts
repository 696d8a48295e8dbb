import { z } from "zod";

export const LOCALES = ["en", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};
const isCurrency = (c: string) => {
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: c });
    return true;
  } catch {
    return false;
  }
};

export const workspaceSettingsSchema = z.object({
  name: z.string().trim().min(1, "Give the workspace a name").max(80),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a three-letter ISO currency code such as EUR")
    .refine(isCurrency, "Unknown currency code"),
  timezone: z.string().trim().refine(isTimeZone, "Unknown time zone; use an IANA name such as Europe/Amsterdam"),
  locale: z.enum(LOCALES),
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const slugSchema = z.string().regex(/^[a-z0-9-]{1,60}$/, "Invalid workspace");
