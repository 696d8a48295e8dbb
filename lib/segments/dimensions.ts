import { z } from "zod";

/** Customer columns a segment table can break down by (birth_year goes through age_band). */
export const COLUMN_DIMENSIONS = ["gender", "city", "region", "country", "channel"] as const;
/** Dimensions derived from the data rather than read from one column. */
export const DERIVED_DIMENSIONS = ["age_band", "rfm", "history"] as const;

export type ColumnDimension = (typeof COLUMN_DIMENSIONS)[number];
export type DerivedDimension = (typeof DERIVED_DIMENSIONS)[number];

export type SegmentDimension =
  | { kind: "column"; key: ColumnDimension }
  | { kind: "attribute"; key: string } // a custom column of the customers file
  | { kind: DerivedDimension; key: DerivedDimension };

/** Value of a row for customers without one (no column value, no birth year, no counted order). */
export const UNKNOWN_SEGMENT = "(unknown)";

const isColumn = (k: string): k is ColumnDimension => (COLUMN_DIMENSIONS as readonly string[]).includes(k);
const isDerived = (k: string): k is DerivedDimension => (DERIVED_DIMENSIONS as readonly string[]).includes(k);

/** A dimension as it appears in a URL or on the CLI (`region`, `age_band`, `loyalty_tier`, …).
 * Built-in names win over a custom attribute of the same name, as with segment filters. */
export const segmentDimensionSchema = z
  .string()
  .trim()
  .min(1, "Name a dimension, e.g. region, age_band, rfm, history or a custom attribute")
  .max(100, "A dimension name is at most 100 characters")
  .refine((k) => k !== "birth_year", "Break down by age_band rather than birth_year")
  .transform((key): SegmentDimension => {
    if (isColumn(key)) return { kind: "column", key };
    if (isDerived(key)) return { kind: key, key };
    return { kind: "attribute", key };
  });
