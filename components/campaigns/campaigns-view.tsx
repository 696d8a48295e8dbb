"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import { useFormatter, useTranslations } from "next-intl";
import { CostRevenueChart } from "@/components/charts/cost-revenue-chart";
import { BeforeAfterPanel } from "@/components/overview/before-after-panel";
import { useReportView } from "@/components/report-view/report-view";
import { useReportData } from "@/components/report-view/use-report-data";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { CampaignsReport } from "@/db/queries/campaigns/get-campaigns-report";
import { downloadCsv } from "@/lib/csv/download-csv";
import type { Cell } from "@/lib/csv/to-csv";
import { IncrementalSection } from "./incremental-section";
import { DataText } from "@/components/ui/data-text";
import { displayValue } from "@/lib/text/display-value";

/** One row per campaign with every figure of its card, unformatted for a spreadsheet. */
function campaignRows(data: CampaignsReport): Cell[][] {
  const head = [
    "campaign",
    "name",
    "type",
    "start",
    "end",
    "cost",
    "offers_shown",
    "offers_accepted",
    "conversion",
    "attributed_revenue",
    "roi",
    "margin_roi",
    "incremental_revenue",
    "incremental_lower",
    "incremental_upper",
    "incremental_roi",
    "incremental_p",
  ];
  return [
    head,
    ...data.campaigns.map((c) => [
      c.key,
      c.name,
      c.type,
      c.startDate,
      c.endDate,
      c.cost,
      c.offers.shown,
      c.offers.accepted,
      c.offers.conversion.value,
      c.attributed.revenue,
      c.attributed.roi,
      c.attributed.margin?.roi ?? null,
      c.incremental?.incrementalRevenue.estimate ?? null,
      c.incremental?.incrementalRevenue.lower ?? null,
      c.incremental?.incrementalRevenue.upper ?? null,
      c.incremental?.roi?.estimate ?? null,
      c.incremental?.pValue ?? null,
    ]),
  ];
}

export function CampaignsView({ currency }: { currency: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const report = useReportData<CampaignsReport>("campaigns", useReportView().params.toString());
  const money = (v: number | null, digits = 0) =>
    v === null ? "—" : format.number(v, { style: "currency", currency, maximumFractionDigits: digits, minimumFractionDigits: digits });
  const ratio = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }));
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const data = report.data;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("campaigns.title")}
        description={t("campaigns.explain")}
        actions={
          <Button variant="secondary" disabled={!data || data.campaigns.length === 0} onClick={() => data && downloadCsv("campaigns.csv", campaignRows(data))}>
            {t("common.exportCsv")}
          </Button>
        }
      />
      {report.isError && <Alert tone="error">{t("common.loadError", { message: report.error.message })}</Alert>}
      {report.isPending && <p className="text-sm text-slate-500">{t("common.loading")}</p>}
      {data && data.campaigns.length === 0 && <Card>{t("campaigns.none")}</Card>}
      {data && data.campaigns.length > 0 && (
        <>
          <Card title={t("campaigns.chart")} className="min-w-0">
            <ChartFrame name={t("campaigns.chart")}>
              <CostRevenueChart
                data={data.campaigns.map((c) => ({ name: displayValue(c.name, 24).label, cost: c.cost ?? 0, revenue: c.attributed.revenue }))}
                labels={{ cost: t("campaigns.cost"), revenue: t("campaigns.attributedRevenue"), title: t("campaigns.chart") }}
                formatMoney={(v) => money(v)}
              />
            </ChartFrame>
          </Card>
          <div className="grid gap-4 xl:grid-cols-2">
            {data.campaigns.map((c) => (
              <Card key={c.key} title={<DataText value={c.name} />} className="min-w-0">
                <div data-testid={`campaign-${c.key}`} className="space-y-3 text-sm">
                  <p className="text-xs text-slate-500">
                    {t(`campaigns.types.${c.type}`)} · {day(c.startDate)} – {c.endDate ? day(c.endDate) : t("campaigns.open")} · {t("campaigns.cost")}{" "}
                    {money(c.cost)}
                  </p>
                  <dl className="tabular grid grid-cols-3 gap-2">
                    <div>
                      <dt className="text-xs text-slate-500">{t("campaigns.shown")}</dt>
                      <dd className="font-medium">{format.number(c.offers.shown)}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">{t("campaigns.accepted")}</dt>
                      <dd className="font-medium">{format.number(c.offers.accepted)}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-500">{t("campaigns.conversion")}</dt>
                      <dd className="font-medium">
                        {c.offers.conversion.value === null ? "—" : format.number(c.offers.conversion.value, { style: "percent", maximumFractionDigits: 1 })}
                      </dd>
                    </div>
                  </dl>
                  <section className="rounded-md bg-slate-50 p-3">
                    <p className="text-xs font-semibold uppercase text-slate-500">{t("campaigns.attributedRevenue")}</p>
                    <p className="tabular">
                      <span className="text-lg font-semibold" data-testid={`attributed-${c.key}`}>
                        {money(c.attributed.revenue)}
                      </span>{" "}
                      · {t("campaigns.roi")} <strong>{ratio(c.attributed.roi)}</strong> <span className="text-xs text-slate-600">{t("campaigns.roiBase")}</span>
                    </p>
                    {c.attributed.margin && (
                      <p className="text-xs text-slate-600">
                        {t("campaigns.marginRoi")} <strong>{ratio(c.attributed.margin.roi)}</strong>{" "}
                        {t("campaigns.marginBase", {
                          margin: money(c.attributed.margin.grossMargin),
                          orders: format.number(c.attributed.margin.linkedOrders),
                          revenue: money(c.attributed.margin.orderRevenue),
                          coverage:
                            c.attributed.margin.costCoverage === null
                              ? "—"
                              : format.number(c.attributed.margin.costCoverage, { style: "percent", maximumFractionDigits: 0 }),
                        })}
                      </p>
                    )}
                  </section>
                  <IncrementalSection campaignKey={c.key} incremental={c.incremental} money={money} ratio={ratio} />
                </div>
              </Card>
            ))}
          </div>
          <BeforeAfterPanel items={data.beforeAfter} currency={currency} />
        </>
      )}
    </div>
  );
}
