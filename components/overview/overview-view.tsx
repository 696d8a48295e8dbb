"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import { useFormatter, useTranslations } from "next-intl";
import { KpiBarChart, type ChartMarker } from "@/components/charts/kpi-bar-chart";
import { useFilterOptions, useOverview } from "@/components/hooks/use-overview";
import { useReportView } from "@/components/report-view/report-view";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Overview } from "@/db/queries/kpis/get-overview";
import { KPI_IDS, MONEY_KPIS, type KpiId } from "@/lib/kpi/kpis";
import { BeforeAfterPanel } from "./before-after-panel";
import { DataSummary } from "./data-summary";
import { FilterBar } from "./filter-bar";
import { KpiCard } from "./kpi-card";
import { useKpiFormat } from "./use-kpi-format";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { DataText } from "@/components/ui/data-text";

const CHARTED: KpiId[] = ["crossSellRatio", "upsellRatio", "deepSellRatio", "aov", "ltv"];

export function OverviewView({ currency, timeZone }: { currency: string; timeZone: string }) {
  const t = useTranslations("overview");
  const tc = useTranslations("common");
  const view = useReportView();
  const search = view.params.toString();
  const overview = useOverview(search);
  const options = useFilterOptions();
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const data = overview.data;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={data ? `${day(data.period.from)} – ${day(data.period.to)}` : undefined} />
      <FilterBar options={options.data} dataRange={data?.dataRange ?? null} />
      {overview.isError && (
        <Alert tone="error">
          {tc("loadError", { message: overview.error.message })}{" "}
          <Button variant="secondary" onClick={() => overview.refetch()}>
            {tc("retry")}
          </Button>
        </Alert>
      )}
      {overview.isPending && <p className="text-sm text-slate-500">{tc("loading")}</p>}
      {data && !data.dataRange && (
        <Card>
          <p className="font-medium">{t("empty")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
          {view.href("/imports") && (
            <p className="mt-2 flex gap-4 text-sm">
              <a className="font-medium text-brand-700 underline" href={view.href("/imports")!}>
                {t("goImports")}
              </a>
              <a className="font-medium text-brand-700 underline" href={view.href("/settings")!}>
                {t("goSettings")}
              </a>
            </p>
          )}
        </Card>
      )}
      {data && data.dataRange && <Dashboard data={data} currency={currency} fetching={overview.isFetching} />}
      <DataSummary currency={currency} timeZone={timeZone} />
    </div>
  );
}

function Dashboard({ data, currency, fetching }: { data: Overview; currency: string; fetching: boolean }) {
  const t = useTranslations("overview");
  const importsHref = useReportView().href("/imports");
  const f = useKpiFormat(currency);
  const format = useFormatter();
  const bucketLabel = (key: string) =>
    data.granularity === "month"
      ? format.dateTime(new Date(`${key}-15T12:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" })
      : format.dateTime(new Date(`${key}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const bucketOf = (day: string) => [...data.series].reverse().find((p) => p.key <= (data.granularity === "month" ? day.slice(0, 7) : day))?.key;
  // Numbered dashed lines on the charts; the legend above them names each campaign.
  const starting = data.campaigns.filter((c) => c.startDate >= data.period.from && c.startDate <= data.period.to);
  const markers: ChartMarker[] = starting.flatMap((c, i) => {
    const key = bucketOf(c.startDate);
    return key ? [{ key, label: String(i + 1) }] : [];
  });
  const comparisonLabel = data.comparison
    ? t("vsComparison", {
        from: format.dateTime(new Date(`${data.comparison.from}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
        to: format.dateTime(new Date(`${data.comparison.to}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
      })
    : null;

  return (
    <div className={`space-y-6 transition-opacity ${fetching ? "opacity-60" : ""}`} aria-busy={fetching}>
      {data.categoryBasis !== "categories" && (
        <Alert tone="info">
          <span data-testid="category-basis-notice">{t(`categoryBasis.${data.categoryBasis}.notice`)}</span>{" "}
          {importsHref && (
            <a className="font-medium underline" href={importsHref}>
              {t("categoryBasis.importProducts")}
            </a>
          )}
        </Alert>
      )}
      <section className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4" aria-label="KPIs">
        {KPI_IDS.map((id) => (
          <KpiCard
            key={id}
            id={id}
            current={data.kpis[id]}
            previous={data.comparison?.kpis[id] ?? null}
            spark={data.series.map((p) => p[id].value)}
            currency={currency}
            comparisonLabel={comparisonLabel}
            basis={id === "crossSellRatio" ? t(`categoryBasis.${data.categoryBasis}.card`) : undefined}
          />
        ))}
      </section>
      {starting.length > 0 && (
        <p className="text-xs text-slate-600" data-testid="campaign-legend">
          <span className="font-medium">{t("campaignStarts")}</span>{" "}
          {starting.map((c, i) => (
            <span key={c.key} className="mr-3 inline-block">
              <span className="mr-1 inline-flex size-4 items-center justify-center rounded-full bg-amber-100 text-[10px] font-semibold text-amber-800">
                {i + 1}
              </span>
              <DataText value={c.name} max={60} /> ({format.dateTime(new Date(`${c.startDate}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })})
            </span>
          ))}
        </p>
      )}
      <section className="grid gap-4 lg:grid-cols-2">
        {CHARTED.map((id) => (
          <Card key={id} className="min-w-0">
            <ChartFor id={id} data={data} markers={markers} bucketLabel={bucketLabel} f={f} />
          </Card>
        ))}
      </section>
      <BeforeAfterPanel items={data.beforeAfter} currency={currency} />
    </div>
  );
}

function ChartFor({
  id,
  data,
  markers,
  bucketLabel,
  f,
}: {
  id: KpiId;
  data: Overview;
  markers: ChartMarker[];
  bucketLabel: (k: string) => string;
  f: ReturnType<typeof useKpiFormat>;
}) {
  const t = useTranslations();
  const points = data.series.map((p) => ({
    key: p.key,
    label: bucketLabel(p.key),
    value: p[id].value,
    detail: `${f.numerator(id, p[id].numerator)} / ${f.count(p[id].denominator)}`,
  }));
  const ratio = !MONEY_KPIS.includes(id);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const { ticks, decimals } = niceTicks(Math.max(0, ...values), { percent: ratio, ceiling: ratio ? 1 : Infinity });
  const period = data.kpis[id].value;
  // Per-customer ratios count a customer once over the whole period: its value stands above the bars.
  const reference =
    ratio && id !== "repeatPurchaseRate" && period !== null ? { value: period, label: t("overview.periodValue", { value: f.value(id, period) }) } : undefined;
  const granularity = t(`overview.granularity.${data.granularity}`);
  return (
    <div data-testid={`chart-${id}`}>
      <h3 className="text-sm font-semibold text-slate-800">{t(`kpi.${id}.name`)}</h3>
      <p className="mb-1 text-xs text-slate-500">{t("overview.trends", { granularity })}</p>
      {values.length === 0 || values.every((v) => v === 0) ? (
        <p
          className="flex h-56 items-center justify-center rounded border border-dashed border-slate-200 px-4 text-center text-sm text-slate-600"
          data-testid={`chart-${id}-empty`}
        >
          {values.length === 0 ? t(`kpi.${id}.noData`) : t("overview.seriesZero", { granularity, kpi: t(`kpi.${id}.name`) })}
        </p>
      ) : (
        <ChartFrame name={t(`kpi.${id}.name`)}>
          <KpiBarChart
            title={t(`kpi.${id}.name`)}
            data={points}
            markers={markers}
            ticks={ticks}
            reference={reference}
            formatAxis={(v) => f.axis(id, v, decimals)}
            formatValue={(v) => f.value(id, v)}
          />
        </ChartFrame>
      )}
      {reference && (
        <p className="mt-1 text-xs text-slate-500" data-testid={`chart-${id}-reference-note`}>
          {t("overview.periodValueNote", { granularity })}
        </p>
      )}
    </div>
  );
}
