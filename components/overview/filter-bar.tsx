"use client";

import { useTranslations } from "next-intl";
import { useReportView } from "@/components/report-view/report-view";
import type { FilterOptions } from "@/lib/kpi/filters";
import { shiftDay } from "@/lib/kpi/period";
import { displayValue } from "@/lib/text/display-value";
import { useDimensionLabel } from "@/components/segments/use-dimension-label";
import { useChannelLabel } from "@/components/segments/use-channel-label";
import { useSegmentValue } from "@/components/segments/use-segment-value-label";
import { ViewDescription } from "@/components/reports/view-description";
import { Lock } from "lucide-react";

type Preset = "all" | "last30" | "last90" | "last365" | "custom";
// The URL keys this bar sets; a page's own (its `keep`, e.g. the segments' breakdown) have their own control.
const PERIOD_KEYS = ["from", "to", "range", "compare"];
const FILTER_KEYS = ["segment", "campaign", "channel", "category"];
const PRESET_DAYS: Record<Exclude<Preset, "all" | "custom">, number> = { last30: 30, last90: 90, last365: 365 };

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";

/** Every filter lives in the URL, so a copied link shows the same view. */
type Props = {
  options: FilterOptions | undefined;
  dataRange: { first: string; last: string } | null;
  /** Pages without a comparison period hide that control. */
  compare?: boolean;
  /** URL parameters of the page itself that "Reset filters" keeps (e.g. the segments' dimension). */
  keep?: string[];
  /** Pages whose data is not filtered by segment, campaign, channel or category show the period only. */
  periodOnly?: boolean;
};

export function FilterBar({ options, dataRange, compare = true, keep = [], periodOnly = false }: Props) {
  const t = useTranslations("overview");
  const channelLabel = useChannelLabel();
  const dimension = useDimensionLabel();
  const segmentValue = useSegmentValue();
  const { params, update, navigate, locked } = useReportView();
  const from = params.get("from");
  const to = params.get("to");

  // "custom" is kept in the URL once chosen: otherwise a custom range that happens to equal a preset
  // (as it does the moment it is chosen) would snap back to that preset.
  const preset: Preset =
    params.get("range") === "custom"
      ? "custom"
      : !from && !to
        ? "all"
        : dataRange && to === dataRange.last
          ? ((Object.entries(PRESET_DAYS).find(([, d]) => from === shiftDay(dataRange.last, -(d - 1)))?.[0] as Preset | undefined) ?? "custom")
          : "custom";

  function choosePreset(p: Preset) {
    if (p === "all") return update({ from: null, to: null, range: null });
    if (p === "custom") return update({ from: from ?? dataRange?.first ?? null, to: to ?? dataRange?.last ?? null, range: "custom" });
    if (dataRange) update({ from: shiftDay(dataRange.last, -(PRESET_DAYS[p] - 1)), to: dataRange.last, range: null });
  }

  const segment = params.get("segment") ?? "";
  // A shared report's filters are fixed by the link: said in words, with nothing that looks clickable.
  if (locked)
    return (
      <section
        aria-label={t("filters")}
        className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
        data-testid="locked-filters"
      >
        <Lock aria-hidden className="size-4 shrink-0 text-slate-500" />
        <span className="font-medium">{t("locked")}</span>{" "}
        <span>
          <ViewDescription
            query={new URLSearchParams([...params].filter(([k]) => [...PERIOD_KEYS, ...(periodOnly ? [] : FILTER_KEYS)].includes(k))).toString()}
            campaignName={(key) => {
              const name = options?.campaigns.find((c) => c.key === key)?.name;
              return name === undefined ? undefined : displayValue(name).label;
            }}
          />
        </span>
      </section>
    );
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
      aria-label={t("filters")}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="text-xs font-medium text-slate-600">
        {t("period")}
        <select aria-label={t("period")} className={`${select} mt-1 block`} value={preset} onChange={(e) => choosePreset(e.target.value as Preset)}>
          {(["all", "last30", "last90", "last365", "custom"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`presets.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {preset === "custom" && (
        <>
          <label className="text-xs font-medium text-slate-600">
            {t("from")}
            <input
              aria-label={t("from")}
              type="date"
              className={`${select} mt-1 block`}
              value={from ?? ""}
              onChange={(e) => update({ from: e.target.value })}
            />
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("to")}
            <input aria-label={t("to")} type="date" className={`${select} mt-1 block`} value={to ?? ""} onChange={(e) => update({ to: e.target.value })} />
          </label>
        </>
      )}
      {compare && (
        <label className="text-xs font-medium text-slate-600">
          {t("compare")}
          <select
            aria-label={t("compare")}
            className={`${select} mt-1 block`}
            value={params.get("compare") ?? "previous"}
            onChange={(e) => update({ compare: e.target.value === "previous" ? null : e.target.value })}
          >
            <option value="previous">{t("comparePrevious")}</option>
            <option value="year">{t("compareYear")}</option>
            <option value="none">{t("compareNone")}</option>
          </select>
        </label>
      )}
      {!periodOnly && (
        <>
          <label className="text-xs font-medium text-slate-600">
            {t("segment")}
            <select aria-label={t("segment")} className={`${select} mt-1 block max-w-56`} value={segment} onChange={(e) => update({ segment: e.target.value })}>
              <option value="">{t("anySegment")}</option>
              {options?.segments.map((s) => (
                <optgroup key={s.key} label={dimension(s.key)}>
                  {s.values.map((v) => (
                    <option key={v} value={`${s.key}=${v}`} title={v}>
                      {dimension(s.key)}: {segmentValue(s.key, v)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("campaign")}
            <select
              aria-label={t("campaign")}
              className={`${select} mt-1 block max-w-56`}
              value={params.get("campaign") ?? ""}
              onChange={(e) => update({ campaign: e.target.value })}
            >
              <option value="">{t("anyCampaign")}</option>
              {options?.campaigns.map((c) => (
                <option key={c.key} value={c.key} title={c.name}>
                  {displayValue(c.name).label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("channel")}
            <select
              aria-label={t("channel")}
              className={`${select} mt-1 block max-w-56`}
              value={params.get("channel") ?? ""}
              onChange={(e) => update({ channel: e.target.value })}
            >
              <option value="">{t("anyChannel")}</option>
              {options?.channels.map((c) => (
                <option key={c} value={c} title={c}>
                  {channelLabel(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("category")}
            <select
              aria-label={t("category")}
              className={`${select} mt-1 block max-w-48`}
              value={params.get("category") ?? ""}
              onChange={(e) => update({ category: e.target.value })}
            >
              <option value="">{t("anyCategory")}</option>
              {options?.categories.map((c) => (
                <option key={c} value={c} title={c}>
                  {displayValue(c).label}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {[...params.keys()].some((k) => !keep.includes(k)) && (
        <button
          type="button"
          className="pb-1.5 text-sm text-brand-700 hover:underline"
          onClick={() => {
            navigate(new URLSearchParams([...params.entries()].filter(([k]) => keep.includes(k))));
          }}
        >
          {t("reset")}
        </button>
      )}
    </form>
  );
}
