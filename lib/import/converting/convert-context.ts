import type { PresetId } from "../format";
import type { ColumnRef } from "../detecting/plan-columns";

/** What converters need beyond the row: file-level decisions and the workspace's clock and zone. */
export interface ConvertContext {
  preset: PresetId | null;
  /** IANA zone for date-times written without an offset. */
  timeZone: string;
  /** Epoch ms of "now", to turn an age into a birth year. */
  now: number;
  /** feedback: the file's rating scale */
  ratingScale: 5 | 10;
  /** customers: columns kept as custom attributes */
  attributes: readonly ColumnRef[];
  /** products (WooCommerce): the products read so far, by SKU and by "id:ID", as parents of later variations. */
  productParents: Map<string, { family: string; category: string | null }>;
}
