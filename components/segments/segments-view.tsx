"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { KpiBarChart } from "@/components/charts/kpi-bar-chart";
import { useFilterOptions } from "@/components/hooks/use-overview";
import { FilterBar } from "@/components/overview/filter-bar";
import { useKpiFormat } from "@/components/overview/use-kpi-format";
import { useReportView } from "@/components/report-view/report-view";
import { useReportData } from "@/components/report-view/use-report-data";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SegmentReport } from "@/db/queries/segments/get-segment-report";
import { downloadCsv } from "@/lib/csv/download-csv";
import { KPI_IDS } from "@/lib/kpi/kpis";
import { COLUMN_DIMENSIONS, DERIVED_DIMENSIONS } from "@/lib/segments/dimensions";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { useSegmentValueLabel } from "./use-segment-value-label";
import { useDimensionLabel } from "./use-dimension-label";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { reportSearch } from "@/lib/share/report-search";

const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";

export function SegmentsView({ currency }: { currency: string }) {
  const t = useTranslations();
  const f = useKpiFormat(currency);
  const format = useFormatter();
  const { params, update, href, locked } = useReportView();
  const table = useReportData<SegmentReport>("segments", reportSearch("segments", params));
  // A view that names no breakdown shows the one the workspace's data chose (a region, else a country…).
  const by = params.get("by") ?? table.data?.dimension.key ?? "region";
  const options = useFilterOptions();
  const custom = options.data?.segments.map((s) => s.key).filter((k) => !(COLUMN_DIMENSIONS as readonly string[]).includes(k)) ?? [];
  const dims = [...COLUMN_DIMENSIONS, ...DERIVED_DIMENSIONS] as string[];
  const label = useDimensionLabel();
  // A shared report has no way into the workspace, so no drill links.
  const drillable = href("overview") !== null && !(DERIVED_DIMENSIONS as readonly string[]).includes(by);
  const data = table.data;
  const segmentLabel = useSegmentValueLabel(by);
  const valueLabel = (r: { value: string }) => segmentLabel(r.value);
  const crossSellAxis = niceTicks(Math.max(0, ...(data?.rows ?? []).map((r) => r.kpis.crossSellRatio.value ?? 0)), { percent: true, ceiling: 1 });

  function exportCsv() {
    if (!data) return;
    const head = ["segment", "active_customers", "small", ...KPI_IDS.flatMap((id) => [id, `${id}_numerator`, `${id}_denominator`])];
    const rows = data.rows.map((r) => [
      r.value,
      r.customers,
      r.small ? "yes" : "no",
      ...KPI_IDS.flatMap((id) => [r.kpis[id].value, r.kpis[id].numerator, r.kpis[id].denominator]),
    ]);
    downloadCsv(`segments-${by}-${data.period.from}-${data.period.to}.csv`, [head, ...rows]);
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("segments.title")}
        description={
          data
            ? `${format.dateTime(new Date(`${data.period.from}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })} – ${format.dateTime(new Date(`${data.period.to}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}`
            : undefined
        }
        actions={
          <div className="flex items-end gap-3">
            <label className="text-xs font-medium text-slate-600">
              {t("segments.by")}
              <select
                aria-label={t("segments.by")}
                className={`${select} mt-1 block`}
                value={by}
                disabled={locked}
                onChange={(e) => update({ by: e.target.value })}
              >
                {[...dims, ...custom].map((d) => (
                  <option key={d} value={d}>
                    {label(d)}
                  </option>
                ))}
              </select>
            </label>
            <Button variant="secondary" onClick={exportCsv} disabled={!data}>
              {t("segments.export")}
            </Button>
          </div>
        }
      />
      <FilterBar options={options.data} dataRange={data?.dataRange ?? null} compare={false} keep={["by"]} />
      {table.isError && <Alert tone="error">{t("common.loadError", { message: table.error.message })}</Alert>}
      {table.isPending && <p className="text-sm text-slate-500">{t("common.loading")}</p>}
      {data && data.multipleComparisons.warn && (
        <Alert tone="warning">
          {t("segments.manyWarning", {
            n: data.multipleComparisons.segments,
            confidence: format.number(data.multipleComparisons.adjustedConfidence, { style: "percent", maximumFractionDigits: 2 }),
          })}
        </Alert>
      )}
      {data && (
        <Card className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-800">{t("segments.chart")}</h3>
          <ChartFrame name={t("segments.chart")}>
            <KpiBarChart
              title={t("segments.chart")}
              data={data.rows
                .filter((r) => r.customers > 0)
                .map((r) => ({
                  key: r.value,
                  label: valueLabel(r),
                  value: r.kpis.crossSellRatio.value,
                  detail: `${r.kpis.crossSellRatio.numerator} / ${r.kpis.crossSellRatio.denominator}`,
                }))}
              markers={[]}
              ticks={crossSellAxis.ticks}
              formatAxis={(v) => f.axis("crossSellRatio", v, crossSellAxis.decimals)}
              formatValue={(v) => f.value("crossSellRatio", v)}
            />
          </ChartFrame>
        </Card>
      )}
      {data && (
        <Card className="min-w-0">
          <ScrollRegion stickyFirst>
            <table className="tabular w-full min-w-[64rem] text-left text-sm" data-testid="segment-table">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th className="px-2 py-2 font-medium">{t("segments.segment")}</th>
                  <th className="px-2 py-2 text-right font-medium">{t("segments.customers")}</th>
                  {KPI_IDS.map((id) => (
                    <th key={id} className="px-2 py-2 text-right font-medium">
                      {t(`kpi.${id}.name`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.rows.map((r) => (
                  <tr key={r.value} data-testid={`segment-row-${r.value}`} className={r.small ? "text-slate-500" : ""}>
                    <td className="px-2 py-2">
                      {drillable && !r.unknown ? (
                        <Link
                          className="text-brand-700 hover:underline"
                          title={[...r.value].length > 40 ? `${r.value} · ${t("segments.drill")}` : t("segments.drill")}
                          href={href(`overview?segment=${encodeURIComponent(`${by}=${r.value}`)}`)!}
                        >
                          {valueLabel(r)}
                        </Link>
                      ) : (
                        <span title={[...r.value].length > 40 ? r.value : undefined}>{valueLabel(r)}</span>
                      )}
                      {r.small && (
                        <span
                          title={t("segments.smallHint", { min: data.minSize })}
                          className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-[10px] font-semibold uppercase text-amber-800"
                        >
                          {t("segments.small")}
                        </span>
                      )}
                    </td>
                    <td className="px-2 py-2 text-right">{f.count(r.customers)}</td>
                    {KPI_IDS.map((id) => {
                      const k = r.kpis[id];
                      const ci = id === "crossSellRatio" || id === "upsellRatio" ? r.intervals[id] : null;
                      const wide = id === "crossSellRatio" || id === "upsellRatio" ? r.adjustedIntervals?.[id] : null;
                      return (
                        <td key={id} className="px-2 py-2 text-right">
                          <span className="font-medium">{f.value(id, k.value)}</span>
                          <span className="block text-[11px] text-slate-500">
                            {f.numerator(id, k.numerator)} / {f.count(k.denominator)}
                          </span>
                          {ci && (
                            <span className="block text-[11px] text-slate-500">
                              {t("segments.interval", { lower: f.value(id, ci.lower), upper: f.value(id, ci.upper) })}
                              {wide && data?.multipleComparisons.warn && (
                                <span data-testid="adjusted-interval">
                                  {" "}
                                  {t("segments.adjustedInterval", {
                                    confidence: format.number(data.multipleComparisons.adjustedConfidence, { style: "percent", maximumFractionDigits: 2 }),
                                    lower: f.value(id, wide.lower),
                                    upper: f.value(id, wide.upper),
                                  })}
                                </span>
                              )}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </Card>
      )}
    </div>
  );
}
