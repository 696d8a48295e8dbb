"use client";

import { useTranslations } from "next-intl";
import { displayValue } from "@/lib/text/display-value";
import { valueInWords } from "@/lib/text/humanize-key";

// Shopify's "Source" column: its own channels by code, other sales channels by their app's number.
const NAMED = ["web", "pos", "shopify_draft_order", "subscription_contract", "iphone", "android"] as const;

/** A sales channel in words: Shopify's codes named ("Online store", "Draft orders"), a bare number said to
 * be a sales channel app ("Sales channel app 5776891"), a code in words ("paid_search" → "Paid search"),
 * any other value as the shop wrote it (cut and
 * isolated, lib/text/display-value.ts). Filters and URLs keep the value itself. */
export function useChannelLabel(): (value: string) => string {
  const t = useTranslations("channels");
  return (value) => {
    if ((NAMED as readonly string[]).includes(value)) return t(value as (typeof NAMED)[number]);
    if (/^\d{3,}$/.test(value)) return t("app", { id: value });
    return displayValue(valueInWords(value)).label;
  };
}
