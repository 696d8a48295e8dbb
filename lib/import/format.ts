import { z } from "zod";
import { csvKindSchema } from "./kinds";

export const ENCODINGS = ["utf-8", "windows-1252", "utf-16le", "utf-16be"] as const;
export const encodingSchema = z.enum(ENCODINGS);
export type Encoding = z.infer<typeof encodingSchema>;

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export const delimiterSchema = z.enum(DELIMITERS);
export type Delimiter = z.infer<typeof delimiterSchema>;

/** Decimal separator of a number column; the other of "." and "," (and spaces, apostrophes) may
 * group thousands. `assumed`: the sample could not tell (only values like 1.234), so a default was used. */
export const numberFormatSchema = z.object({ decimal: z.enum([".", ","]), assumed: z.boolean() });
export type NumberFormat = z.infer<typeof numberFormatSchema>;

/** Part order of a date column. `separator` and `hasTime` only shape the example in messages. */
export const dateFormatSchema = z.object({
  order: z.enum(["ymd", "dmy", "mdy"]),
  separator: z.enum(["-", "/", "."]),
  hasTime: z.boolean(),
  assumed: z.boolean(),
});
export type DateFormat = z.infer<typeof dateFormatSchema>;

export const PRESET_IDS = [
  "shopify_orders",
  "shopify_customers",
  "shopify_products",
  "woocommerce_orders",
  "woocommerce_products",
  "uci_online_retail",
] as const;
export const presetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof presetIdSchema>;

/** Everything needed to parse a file, all of it correctable in the preview and serialisable as JSON,
 * so the same header (see headerSignature) can reuse it. Columns are referenced by header name. */
export const importFormatSchema = z.object({
  version: z.literal(1),
  headerSignature: z.string(),
  encoding: encodingSchema,
  delimiter: delimiterSchema,
  kind: csvKindSchema,
  preset: presetIdSchema.nullable(),
  /** canonical field → header name */
  columns: z.record(z.string(), z.string()),
  /** header name → format, for number and date columns */
  numberFormats: z.record(z.string(), numberFormatSchema),
  dateFormats: z.record(z.string(), dateFormatSchema),
  /** feedback only: 5 (1-5) or 10 (0-10), from the rating column's values */
  ratingScale: z.union([z.literal(5), z.literal(10)]).nullable(),
  /** orders only: the reader said the file has no customer column (a till export), so none is
   * required and every order without a customer is a guest checkout. Never detected. */
  withoutCustomers: z.boolean().optional(),
});
export type ImportFormat = z.infer<typeof importFormatSchema>;
