"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import { useState } from "react";
import { useReportData } from "@/components/report-view/use-report-data";
import { useTranslations } from "next-intl";
import { CohortHeatmap } from "@/components/charts/cohort-heatmap";
import { HistogramChart } from "@/components/charts/histogram-chart";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { CustomerHistoryReport } from "@/db/queries/customers/get-customer-history-report";
import { DistributionFigures, histogramPoints } from "./distribution-figures";
import { useCustomerFormat } from "./use-customer-format";
import { useCustomerParams } from "./use-customer-params";
import { SectionHeading } from "./section-heading";

export function HistorySection({ currency }: { currency: string }) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const f = useCustomerFormat(currency);
  const { params, update, locked } = useCustomerParams();
  // A shared report's URL is fixed: there the toggle only changes what this visitor sees.
  const [shown, setShown] = useState<boolean | null>(null);
  const cumulative = shown ?? params.get("cohorts") === "cumulative";
  const report = useReportData<CustomerHistoryReport>("customers");
  const data = report.data;
  if (report.isError) return <Alert tone="error">{common("loadError", { message: report.error.message })}</Alert>;
  if (!data) return <p className="text-sm text-slate-500">{common("loading")}</p>;
  if (data.ltv.customers === 0) return <Card>{t("noOrders")}</Card>;
  const rate = data.repeatPurchaseRate;
  const triangle = data.cohorts;
  const max = cumulative ? triangle.maxCumulative : triangle.maxPerCustomer;

  return (
    <section className="space-y-4" aria-labelledby="history-title">
      <SectionHeading id="history-title" title={t("history.title")} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("repeat.title")}>
          <p className="tabular text-3xl font-semibold" data-testid="repeat-rate">
            {f.percent(rate.value)}
          </p>
          <p className="mt-1 text-sm text-slate-600" data-testid="repeat-rate-counts">
            {t("repeat.counts", { repeat: f.count(rate.repeatCustomers), customers: f.count(rate.customers) })}
          </p>
          <p className="mt-3 text-xs text-slate-500">{t("repeat.definition")}</p>
        </Card>
        <Card title={t("ltv.title")} className="min-w-0 lg:col-span-2">
          <DistributionFigures d={data.ltv} money={(v) => f.money(v)} />
          <ChartFrame name={t("ltv.title")}>
            <HistogramChart
              title={t("ltv.title")}
              data={histogramPoints(data.ltv, (v) => f.money(v))}
              customersLabel={t("customersCount")}
              formatCount={f.count}
            />
          </ChartFrame>
          <p className="text-xs text-slate-500">{t("ltv.definition", { customers: f.count(data.ltv.customers), total: f.money(data.ltv.total) })}</p>
        </Card>
      </div>
      <Card
        title={t("cohorts.title")}
        className="min-w-0"
        actions={
          <div role="group" aria-label={t("cohorts.show")} className="inline-flex overflow-hidden rounded-md ring-1 ring-slate-300">
            {(["month", "cumulative"] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={(mode === "cumulative") === cumulative}
                onClick={() => (locked ? setShown(mode === "cumulative") : update({ cohorts: mode === "cumulative" ? "cumulative" : null }))}
                className={
                  (mode === "cumulative") === cumulative
                    ? "bg-brand-600 px-3 py-1 text-xs font-medium text-white"
                    : "bg-white px-3 py-1 text-xs text-slate-700 hover:bg-slate-50"
                }
              >
                {t(`cohorts.${mode}`)}
              </button>
            ))}
          </div>
        }
      >
        <ChartFrame name={t("cohorts.title")}>
          <CohortHeatmap
            title={t("cohorts.title")}
            rows={triangle.cohorts.map((c) => ({
              key: c.month,
              label: f.month(c.month),
              size: f.count(c.customers),
              values: c.cells.map((cell) => (cumulative ? cell.cumulativePerCustomer : cell.revenuePerCustomer)),
            }))}
            columns={triangle.columns}
            max={max}
            formatValue={f.compactMoney}
            columnLabel={(i) => t("cohorts.column", { n: i })}
            cohortLabel={t("cohorts.cohort")}
            describeCell={(row, i, v) =>
              t("cohorts.cell", {
                cohort: row.label,
                n: i,
                value: f.money(v, 2),
                active: f.count(triangle.cohorts.find((c) => c.month === row.key)?.cells[i]?.activeCustomers ?? 0),
              })
            }
          />
        </ChartFrame>
        <p className="mt-3 text-xs text-slate-500">{t(cumulative ? "cohorts.definitionCumulative" : "cohorts.definition")}</p>
        <p className="mt-1 text-xs text-slate-500">{t("cohorts.caveat", { month: triangle.lastMonth ? f.month(triangle.lastMonth) : "—" })}</p>
      </Card>
    </section>
  );
}
