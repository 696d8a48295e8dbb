"use client";

import { ExportableTable } from "@/components/ui/exportable-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { useTranslations } from "next-intl";
import { HistogramChart } from "@/components/charts/histogram-chart";
import { HoldoutChart } from "@/components/charts/holdout-chart";
import { useReportData } from "@/components/report-view/use-report-data";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { ClvReport } from "@/db/queries/customers/get-clv-report";
import { DistributionFigures, histogramPoints } from "./distribution-figures";
import { useCustomerFormat } from "./use-customer-format";
import { SectionHeading } from "./section-heading";
import { useCustomerParams } from "./use-customer-params";
import { ScrollRegion } from "@/components/ui/scroll-region";

const control = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";
/** Monthly discount rates offered; 1% a month is lib/clv's default. */
const RATES = [0, 0.005, 0.01, 0.015, 0.02];
/** Gamma-Gamma assumes spend does not depend on frequency; above this |r| the page warns. */
const CORRELATION_WARNING = 0.3;

export function PredictedSection({ currency }: { currency: string }) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const f = useCustomerFormat(currency);
  const { params, update, locked, clvSearch } = useCustomerParams();
  const report = useReportData<ClvReport>("customers/predicted", clvSearch);
  const data = report.data;
  const discount = Number(params.get("discount") ?? "0.01");

  return (
    <section className="space-y-4" aria-labelledby="predicted-title">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <SectionHeading id="predicted-title" title={t("predicted.title")} explain={t("predicted.explain")} />
        <fieldset disabled={locked} className="flex flex-wrap items-end gap-3">
          <label className="text-xs font-medium text-slate-600">
            {t("predicted.calibrationEnd")}
            <input
              type="date"
              aria-label={t("predicted.calibrationEnd")}
              className={control}
              value={params.get("cal") ?? data?.calibrationEnd ?? ""}
              min={data?.dataRange?.first}
              max={data?.dataRange?.last}
              onChange={(e) => update({ cal: e.target.value || null })}
            />
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("predicted.discount")}
            <select
              aria-label={t("predicted.discount")}
              className={control}
              value={String(discount)}
              onChange={(e) => update({ discount: e.target.value === "0.01" ? null : e.target.value })}
            >
              {RATES.map((r) => (
                <option key={r} value={String(r)}>
                  {t("predicted.rate", { month: f.percent(r), year: f.percent((1 + r) ** 12 - 1) })}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </div>
      {report.isError && <Alert tone="error">{common("loadError", { message: report.error.message })}</Alert>}
      {report.isPending && <p className="text-sm text-slate-500">{t("predicted.fitting")}</p>}
      {data && !data.ok && (
        <Alert tone="warning">
          <span data-testid="clv-not-fitted">{t("predicted.notFitted", { message: data.error.message })}</span>
        </Alert>
      )}
      {data && data.ok && (
        <>
          <Card>
            <dl className="tabular grid grid-cols-2 gap-4 text-sm md:grid-cols-5" data-testid="clv-totals">
              {(
                [
                  [t("predicted.customers"), f.count(data.totals.customers)],
                  [t("predicted.totalClv", { months: data.horizonMonths }), f.money(data.totals.clv)],
                  [t("predicted.expected90"), f.count(Math.round(data.totals.expected90d))],
                  [t("predicted.expected365"), f.count(Math.round(data.totals.expected365d))],
                  [t("predicted.meanPAlive"), f.percent(data.totals.meanPAlive)],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="text-lg font-semibold">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-xs text-slate-500">
              {t("predicted.periods", {
                calibrationEnd: data.calibrationEnd ? f.day(data.calibrationEnd) : "—",
                holdoutEnd: data.holdoutEnd ? f.day(data.holdoutEnd) : "—",
                scoredAt: data.dataRange ? f.day(data.dataRange.last) : "—",
                rate: f.percent(data.monthlyDiscountRate),
              })}
            </p>
          </Card>
          <div className="grid gap-4 xl:grid-cols-2">
            <Card title={t("checks.title")} className="min-w-0">
              <ul className="space-y-2 text-sm" data-testid="clv-checks">
                <li>
                  <span className="font-medium">{t("checks.convergence")}</span>{" "}
                  {data.model.converged && data.spend.converged
                    ? t("checks.converged", { bg: data.model.iterations, gg: data.spend.iterations })
                    : t("checks.notConverged")}
                </li>
                <li>
                  <span className="font-medium">{t("checks.correlation")}</span>{" "}
                  {data.checks.frequencyMonetaryCorrelation === null
                    ? "—"
                    : t(Math.abs(data.checks.frequencyMonetaryCorrelation) < CORRELATION_WARNING ? "checks.correlationOk" : "checks.correlationHigh", {
                        r: f.decimal(data.checks.frequencyMonetaryCorrelation, 3),
                      })}
                </li>
                <li>
                  <span className="font-medium">{t("checks.holdout")}</span>{" "}
                  {data.checks.holdout
                    ? t("checks.holdoutTotals", {
                        weeks: f.decimal(data.checks.holdout.weeks, 1),
                        predicted: f.count(Math.round(data.checks.holdout.predictedTotal)),
                        actual: f.count(data.checks.holdout.actualTotal),
                      })
                    : t("checks.noHoldout")}
                </li>
              </ul>
              {data.checks.holdout && (
                <ChartFrame name={t("checks.holdoutChart")}>
                  <HoldoutChart
                    title={t("checks.holdoutChart")}
                    data={data.checks.holdout.byFrequency.map((b) => ({
                      label: b.label,
                      customers: b.customers,
                      actual: b.actualMean,
                      predicted: b.predictedMean,
                    }))}
                    labels={{ actual: t("checks.actual"), predicted: t("checks.predicted"), frequency: t("checks.frequency") }}
                    formatValue={(v) => f.decimal(v, 2)}
                  />
                </ChartFrame>
              )}
              <p className="mt-2 text-xs text-slate-500" data-testid="clv-params">
                {t("checks.params", {
                  r: f.decimal(data.model.r, 3),
                  alpha: f.decimal(data.model.alpha, 3),
                  a: f.decimal(data.model.a, 3),
                  b: f.decimal(data.model.b, 3),
                  p: f.decimal(data.spend.p, 3),
                  q: f.decimal(data.spend.q, 3),
                  gamma: f.decimal(data.spend.gamma, 2),
                })}
              </p>
            </Card>
            <Card title={t("predicted.distribution", { months: data.horizonMonths })} className="min-w-0">
              <DistributionFigures d={data.distribution} money={(v) => f.money(v)} />
              <ChartFrame name={t("predicted.distribution", { months: data.horizonMonths })}>
                <HistogramChart
                  title={t("predicted.distribution", { months: data.horizonMonths })}
                  data={histogramPoints(data.distribution, (v) => f.money(v))}
                  customersLabel={t("customersCount")}
                  formatCount={f.count}
                />
              </ChartFrame>
            </Card>
          </div>
          {/* A shared report holds no customer-level rows: the link's data comes without them. */}
          {data.top.length > 0 && (
            <Card title={t("top.title", { n: data.top.length })} className="min-w-0">
              <ScrollRegion stickyFirst label={t("top.title", { n: data.top.length })}>
                <ExportableTable name={t("top.title", { n: data.top.length })}>
                  <table className="tabular w-full min-w-[44rem] text-left text-sm" data-testid="top-customers">
                    <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                      <tr>
                        <th className="px-2 py-2 font-medium">{t("customerKey")}</th>
                        <th className="px-2 py-2 text-right font-medium">{t("top.repeat")}</th>
                        <th className="px-2 py-2 text-right font-medium">{t("pAlive")}</th>
                        <th className="px-2 py-2 text-right font-medium">{t("top.expected90")}</th>
                        <th className="px-2 py-2 text-right font-medium">{t("top.expected365")}</th>
                        <th className="px-2 py-2 text-right font-medium">{t("expectedSpend")}</th>
                        <th className="px-2 py-2 text-right font-medium">{t("top.clv", { months: data.horizonMonths })}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {data.top.map((c) => (
                        <tr key={c.customerKey}>
                          <td className="px-2 py-1.5 font-mono text-xs">{c.customerKey}</td>
                          <td className="px-2 py-1.5 text-right">{f.count(c.repeatPurchases)}</td>
                          <td className="px-2 py-1.5 text-right">{f.percent(c.pAlive, 0)}</td>
                          <td className="px-2 py-1.5 text-right">{f.decimal(c.expected90d, 2)}</td>
                          <td className="px-2 py-1.5 text-right">{f.decimal(c.expected365d, 2)}</td>
                          <td className="px-2 py-1.5 text-right">{f.money(c.expectedSpend)}</td>
                          <td className="px-2 py-1.5 text-right font-medium">{f.money(c.clv)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ExportableTable>
              </ScrollRegion>
            </Card>
          )}
        </>
      )}
    </section>
  );
}
