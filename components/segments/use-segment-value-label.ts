"use client";

import { useLocale, useTranslations } from "next-intl";
import { UNKNOWN_SEGMENT } from "@/lib/segments/dimensions";
import { RFM_GROUPS, type RfmGroup } from "@/lib/segments/rfm";
import { displayValue } from "@/lib/text/display-value";
import { valueInWords } from "@/lib/text/humanize-key";
import { countryName } from "@/lib/text/country-name";
import { useChannelLabel } from "./use-channel-label";

/** A segment value in words, in the page's language: RFM groups and new/returning are codes in the
 * data, a country may be its two-letter code, and customers without a value are "(unknown)". Other values are the shop's own, a code such as
 * paid_search said as words, cut to 40 characters and isolated (lib/text/display-value.ts). */
export function useSegmentValue(): (dimension: string, value: string) => string {
  const t = useTranslations("segments");
  const channelLabel = useChannelLabel();
  const locale = useLocale();
  return (dimension, value) => {
    if (value === UNKNOWN_SEGMENT) return t("unknown");
    if (dimension === "rfm" && (RFM_GROUPS as readonly string[]).includes(value)) return t(`rfmGroups.${value as RfmGroup}`);
    if (dimension === "history" && (value === "new" || value === "returning")) return t(`history.${value}`);
    if (dimension === "channel") return channelLabel(value);
    if (dimension === "country") {
      const name = countryName(value, locale);
      if (name) return name;
    }
    return displayValue(valueInWords(value), 40).label;
  };
}

/** useSegmentValue for one dimension. */
export function useSegmentValueLabel(dimension: string): (value: string) => string {
  const label = useSegmentValue();
  return (value) => label(dimension, value);
}
