"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useDimensionLabel } from "@/components/segments/use-dimension-label";
import { describeView, type ViewPart } from "@/lib/share/describe-view";
import { useSegmentValue } from "@/components/segments/use-segment-value-label";

/** What a saved view shows, in words: its period, comparison and filters (never the URL's own keys).
 * `campaignName` turns a campaign's key into its name where the page knows the campaigns. */
export function ViewDescription({ query, campaignName }: { query: string; campaignName?: (key: string) => string | undefined }) {
  const t = useTranslations();
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const dimension = useDimensionLabel();
  const segmentValue = useSegmentValue();
  const channelLabel = (v: string) => segmentValue("channel", v);
  const say = (p: ViewPart): string => {
    switch (p.kind) {
      case "period":
        if (p.from && p.to) return t("reports.view.period", { from: day(p.from), to: day(p.to) });
        return p.from ? t("reports.view.from", { from: day(p.from) }) : t("reports.view.until", { to: day(p.to!) });
      case "compare":
        if (p.value === "none") return t("overview.compareNone");
        return t("reports.view.compare", { what: t(p.value === "year" ? "overview.compareYear" : "overview.comparePrevious") });
      case "segment":
        return `${dimension(p.key)}: ${segmentValue(p.key, p.value)}`;
      case "channel":
        return `${t("overview.channel")}: ${channelLabel(p.value)}`;
      case "campaign":
        return `${t("overview.campaign")}: ${campaignName?.(p.value) ?? p.value}`;
      case "category":
        return `${t("overview.category")}: ${p.value}`;
      case "by":
        return `${t("segments.by")}: ${dimension(p.value)}`;
      case "level":
        return `${t("products.level")}: ${p.value === "category" ? t("products.levelCategory") : p.value === "product" ? t("products.levelProduct") : p.value}`;
      case "other":
        return `${p.key} = ${p.value}`;
    }
  };
  const parts = describeView(query);
  return <>{parts.length === 0 ? t("reports.noFilters") : parts.map(say).join(", ")}</>;
}
