import { z } from "zod";
import { daySchema } from "../schemas/day";

/** Customer columns a segment filter can use; any other key is a custom attribute. */
export const CUSTOMER_COLUMNS = {
  gender: "gender",
  city: "city",
  region: "region",
  country: "country",
  channel: "channel", // acquisition channel of the customer
  birth_year: "birth_year",
} as const;

const day = daySchema;
const segmentPair = z
  .string()
  .regex(/^[^=]+=.*$/, "A segment is key=value, e.g. region=Noord-Holland")
  .transform((s) => {
    const i = s.indexOf("=");
    return { key: s.slice(0, i).trim(), value: s.slice(i + 1).trim() };
  });

/** The KPI view: period, comparison and filters, as they appear in the URL and on the CLI. */
export const kpiQuerySchema = z.object({
  from: day.optional(),
  to: day.optional(),
  compare: z.enum(["previous", "year", "none"]).default("previous"),
  segment: z
    .union([segmentPair, z.array(segmentPair)])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  campaign: z.string().min(1).optional(),
  channel: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
});
export type KpiQuery = z.infer<typeof kpiQuerySchema>;

/** The customers column a segment key names, or null for a custom attribute. Own keys only: a key
 * like "constructor" must not find Object's. */
export function customerColumnOf(key: string): (typeof CUSTOMER_COLUMNS)[keyof typeof CUSTOMER_COLUMNS] | null {
  return Object.hasOwn(CUSTOMER_COLUMNS, key) ? CUSTOMER_COLUMNS[key as keyof typeof CUSTOMER_COLUMNS] : null;
}
export type SegmentFilter = KpiQuery["segment"][number];
export type KpiFilters = Pick<KpiQuery, "segment" | "campaign" | "channel" | "category">;

/** The values the filter bar offers, from the workspace's own data (getFilterOptions). */
export type FilterOptions = {
  segments: { key: string; values: string[] }[];
  channels: string[];
  categories: string[];
  campaigns: { key: string; name: string }[];
};
