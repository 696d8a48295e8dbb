"use client";

import { useFormatter, useTranslations } from "next-intl";
import { MonthlyRevenueChart } from "@/components/charts/monthly-revenue-chart";
import { useWorkspaceSummary } from "@/components/hooks/use-workspace-summary";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "./stat";

export function OverviewView({ slug, currency, timeZone }: { slug: string; currency: string; timeZone: string }) {
  const t = useTranslations("overview");
  const tc = useTranslations("common");
  const format = useFormatter();
  const summary = useWorkspaceSummary(slug);

  if (summary.isPending) return <p className="text-sm text-slate-500">{tc("loading")}</p>;
  if (summary.isError) {
    return (
      <Alert tone="error">
        {tc("loadError", { message: summary.error.message })}{" "}
        <Button variant="secondary" onClick={() => summary.refetch()}>
          {tc("retry")}
        </Button>
      </Alert>
    );
  }
  const s = summary.data;
  const n = (v: number) => format.number(v);
  const date = (ms: number) => format.dateTime(new Date(ms), { dateStyle: "medium", timeZone });

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={s.firstOrderAt && s.lastOrderAt ? t("range", { from: date(s.firstOrderAt), to: date(s.lastOrderAt) }) : undefined}
      />
      <Alert>{t("kpiComing")}</Alert>
      {s.orders === 0 ? (
        <Card>
          <p className="font-medium">{t("empty")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
        </Card>
      ) : (
        <Card title={t("byMonth")}>
          <p className="-mt-2 mb-3 text-xs text-slate-500">{t("byMonthHint", { timeZone })}</p>
          <MonthlyRevenueChart data={s.months} currency={currency} label={t("revenue")} />
        </Card>
      )}
      <Card title={t("dataTitle")}>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
          <Stat label={t("revenue")} value={format.number(s.revenue, { style: "currency", currency })} testId="stat-revenue" wide />
          <Stat label={t("customers")} value={n(s.customers)} testId="stat-customers" />
          <Stat label={t("orders")} value={n(s.orders)} testId="stat-orders" />
          <Stat label={t("orderLines")} value={n(s.orderLines)} />
          <Stat label={t("products")} value={n(s.products)} />
          <Stat label={t("countedOrders")} value={n(s.countedOrders)} />
          <Stat label={t("campaigns")} value={n(s.campaigns)} />
          <Stat label={t("offers")} value={n(s.offers)} />
          <Stat label={t("feedback")} value={n(s.feedback)} />
        </dl>
        <p className="mt-4 text-xs text-slate-500">{t("revenueDefinition", { counted: n(s.countedOrders), orders: n(s.orders) })}</p>
      </Card>
    </div>
  );
}
