"use client";

import { useTranslations } from "next-intl";
import { COLUMN_DIMENSIONS, DERIVED_DIMENSIONS } from "@/lib/segments/dimensions";
import { humanizeKey } from "@/lib/text/humanize-key";

const KNOWN = [...COLUMN_DIMENSIONS, ...DERIVED_DIMENSIONS] as readonly string[];

/** A segment dimension in words: Liftboard's own in the page's language, a custom attribute of the
 * customers file as its column name in words. */
export function useDimensionLabel(): (key: string) => string {
  const t = useTranslations("segments.dimensions");
  return (key) => (KNOWN.includes(key) ? t(key as (typeof COLUMN_DIMENSIONS)[number]) : humanizeKey(key));
}
