"use client";

import { ChartFrame } from "@/components/charts/chart-frame";
import { useFormatter, useTranslations } from "next-intl";
import { MonthlyRevenueChart } from "@/components/charts/monthly-revenue-chart";
import { useReportData } from "@/components/report-view/use-report-data";
import { Card } from "@/components/ui/card";
import type { WorkspaceSummary } from "@/db/queries/workspaces/get-workspace-summary";
import { Stat } from "./stat";

/** What the workspace holds, whatever the filters: counts and revenue per month. */
export function DataSummary({ currency, timeZone }: { currency: string; timeZone: string }) {
  const t = useTranslations("overview");
  const format = useFormatter();
  const summary = useReportData<WorkspaceSummary>("summary");
  if (!summary.data) return null;
  const s = summary.data;
  const n = (v: number) => format.number(v);
  return (
    <>
      {s.orders > 0 && (
        <Card title={t("byMonth")}>
          <p className="-mt-2 mb-3 text-xs text-slate-500">{t("byMonthHint", { timeZone })}</p>
          <ChartFrame name={t("byMonth")}>
            <MonthlyRevenueChart data={s.months} currency={currency} label={t("revenue")} />
          </ChartFrame>
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
        {s.guestOrders > 0 && (
          <p className="mt-1 text-xs text-slate-500" data-testid="stat-guest-orders">
            {t("guestOrders", { guests: s.guestOrders })}
          </p>
        )}
        {s.controlOffers > 0 && <p className="mt-1 text-xs text-slate-500">{t("offersDefinition", { control: n(s.controlOffers) })}</p>}
      </Card>
    </>
  );
}
