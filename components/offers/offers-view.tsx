"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useFilterOptions } from "@/components/hooks/use-overview";
import { FilterBar } from "@/components/overview/filter-bar";
import { useReportView } from "@/components/report-view/report-view";
import { useReportData } from "@/components/report-view/use-report-data";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { OffersReport } from "@/db/queries/offers/get-offers-report";
import { COLUMN_DIMENSIONS, DERIVED_DIMENSIONS } from "@/lib/segments/dimensions";
import { AbTestPanel } from "./ab-test-panel";
import { FunnelTable } from "./funnel-table";
import { useDimensionLabel } from "@/components/segments/use-dimension-label";
import { SatisfactionPanel } from "./satisfaction-panel";
import { TEST_PARAMS, reportSearch } from "@/lib/share/report-search";

// Parameters of the A/B panel: they do not change the funnels, so they stay out of that query's key.

export function OffersView({ currency }: { currency: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const { params, update, locked } = useReportView();
  const report = useReportData<OffersReport>("offers", reportSearch("offers", params));
  const options = useFilterOptions();
  const data = report.data;
  // A view that names no breakdown shows the one the workspace's data chose.
  const by = params.get("by") ?? data?.dimension.key ?? "region";
  const custom = options.data?.segments.map((s) => s.key).filter((k) => !(COLUMN_DIMENSIONS as readonly string[]).includes(k)) ?? [];
  const dims = [...COLUMN_DIMENSIONS, ...DERIVED_DIMENSIONS] as string[];
  const dimension = useDimensionLabel();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  const dimensionPicker = (
    <label className="text-xs font-medium text-slate-600">
      {t("offers.dimension")}
      <select
        aria-label={t("offers.dimension")}
        className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm"
        value={by}
        disabled={locked}
        onChange={(e) => update({ by: e.target.value })}
      >
        {[...dims, ...custom].map((d) => (
          <option key={d} value={d}>
            {dimension(d)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="space-y-6">
      <PageHeader title={t("offers.title")} description={data ? `${day(data.period.from)} – ${day(data.period.to)}` : undefined} />
      <p className="max-w-4xl text-sm text-slate-600">{t("offers.explain")}</p>
      <FilterBar options={options.data} dataRange={data?.dataRange ?? null} compare={false} periodOnly keep={["by", ...TEST_PARAMS]} />
      {report.isError && <Alert tone="error">{t("common.loadError", { message: report.error.message })}</Alert>}
      {report.isPending && <p className="text-sm text-slate-500">{t("common.loading")}</p>}
      {data && (
        <>
          <AbTestPanel currency={currency} tests={data.tests} />
          <FunnelTable report={data} currency={currency} dimensionPicker={dimensionPicker} />
          <SatisfactionPanel report={data.satisfaction} />
        </>
      )}
    </div>
  );
}
