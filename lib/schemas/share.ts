import { z } from "zod";
import { normalizeReportQuery } from "../share/normalize-report-query";

// Relative imports: db/schema/reports.ts reads these enums and drizzle-kit does not resolve "@/".

/** Dashboard pages a report can save (the app/w/[slug]/<page> routes). */
export const REPORT_PAGES = ["overview", "segments", "campaigns", "offers", "products", "customers"] as const;
export type ReportPage = (typeof REPORT_PAGES)[number];

/** live: the link shows today's data for the saved view; snapshot: the data frozen when it was made. */
export const SHARE_MODES = ["live", "snapshot"] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

// HTML forms send "" for an empty field: treat it as not given.
const blankAsUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const id = z.coerce.number().int().positive();

export const reportNameSchema = z.string().trim().min(1, "Give the report a name").max(100, "Keep the name to 100 characters");
/** The view's search string ("?from=…&segment=a"), stored sorted. */
export const reportQuerySchema = z.string().max(2000, "The view's filters are too long to save").transform(normalizeReportQuery);

export const createSavedReportSchema = z.object({
  name: reportNameSchema,
  page: z.enum(REPORT_PAGES, "Pick one of the dashboard pages"),
  query: reportQuerySchema.default(""),
});
export type CreateSavedReportInput = z.infer<typeof createSavedReportSchema>;

export const renameSavedReportSchema = z.object({ reportId: id, name: reportNameSchema });
export const savedReportIdSchema = z.object({ reportId: id });

export const createShareLinkSchema = z.object({
  reportId: id,
  mode: z.enum(SHARE_MODES, "Choose live or snapshot"),
  // Checked against the clock at parse time; the link itself expires at exactly this moment.
  expiresAt: z.preprocess(
    blankAsUndefined,
    z.coerce
      .date("Give the expiry as a date and time")
      .refine((d) => d.getTime() > Date.now(), "Pick an expiry in the future")
      .optional(),
  ),
  password: z.preprocess(
    blankAsUndefined,
    z.string().min(8, "Use at least 8 characters for the password").max(200, "Keep the password to 200 characters").optional(),
  ),
  allowEmbed: z.boolean().default(false),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const shareLinkIdSchema = z.object({ linkId: id });

/** The share page's password form; any non-empty attempt counts against the limiter. */
export const unlockShareLinkSchema = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(1, "Enter the password").max(200),
});
