"use client";

import { ExportableTable } from "@/components/ui/exportable-table";
import { ChartFrame } from "@/components/charts/chart-frame";
import { useTranslations } from "next-intl";
import { SatisfactionTrendChart } from "@/components/charts/satisfaction-trend-chart";
import { Card } from "@/components/ui/card";
import type { SatisfactionReport } from "@/lib/offers/shape-satisfaction";
import type { Satisfaction } from "@/lib/offers/summarize-satisfaction";
import type { WelchResult } from "@/lib/stats/welch";
import { useStatFormat } from "./use-stat-format";

export function SatisfactionPanel({ report }: { report: SatisfactionReport }) {
  const t = useTranslations("offers");
  const f = useStatFormat("EUR");
  const diff = (d: WelchResult | null) =>
    d ? t("scoreDifference", { difference: f.signed(d.difference.estimate), lower: f.signed(d.difference.lower), upper: f.signed(d.difference.upper), p: f.p(d.pValue) }) : "—";
  const cells = (s: Satisfaction) => (
    <>
      <td className="py-1.5 pr-3 text-right">{f.int(s.ratings)}</td>
      <td className="py-1.5 pr-3 text-right font-medium">{f.num(s.averageScore)}</td>
      <td className="py-1.5 pr-3 text-right">{s.nps === null ? "—" : f.signed(s.nps, 0)}</td>
    </>
  );
  const head = (
    <>
      <th className="py-1 pr-3 text-right font-medium">{t("ratings")}</th>
      <th className="py-1 pr-3 text-right font-medium">{t("averageScore")}</th>
      <th className="py-1 pr-3 text-right font-medium">{t("nps")}</th>
    </>
  );

  if (report.offered.ratings + report.notOffered.ratings === 0) {
    return (
      <Card title={t("satisfaction")}>
        <p className="text-sm text-slate-500">{t("noRatings")}</p>
      </Card>
    );
  }
  return (
    <Card title={t("satisfaction")} className="min-w-0">
      <p className="mb-4 text-xs text-slate-500">{t("satisfactionExplain")}</p>
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-4">
          <ExportableTable name={t("satisfaction")}><table className="tabular w-full text-sm" data-testid="satisfaction-table">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1 pr-3 font-medium" />
                {head}
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-100">
                <td className="py-1.5 pr-3">{t("offered")}</td>
                {cells(report.offered)}
              </tr>
              <tr className="border-t border-slate-100">
                <td className="py-1.5 pr-3">{t("notOffered")}</td>
                {cells(report.notOffered)}
              </tr>
            </tbody>
          </table></ExportableTable>
          <p className="text-sm text-slate-700" data-testid="satisfaction-difference">
            {diff(report.difference)}
          </p>
          <h3 className="pt-2 text-sm font-semibold">{t("byOffersSeen")}</h3>
          <ExportableTable name={t("byOffersSeen")}><table className="tabular w-full text-sm">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1 pr-3 font-medium">{t("offersSeen")}</th>
                {head}
              </tr>
            </thead>
            <tbody>
              {report.offersSeen.map((b) => (
                <tr key={b.bucket} className="border-t border-slate-100">
                  <td className="py-1.5 pr-3">{b.bucket}</td>
                  {cells(b.satisfaction)}
                </tr>
              ))}
            </tbody>
          </table></ExportableTable>
        </div>
        <div className="min-w-0">
          <h3 className="mb-2 text-sm font-semibold">{t("overTime")}</h3>
          <ChartFrame name={t("overTime")}><SatisfactionTrendChart
            data={report.months.map((m) => ({ month: m.month, offered: m.offered.averageScore, notOffered: m.notOffered.averageScore }))}
            labels={{ offered: t("offered"), notOffered: t("notOffered"), title: t("overTime") }}
          /></ChartFrame>
        </div>
      </div>
      <h3 className="mt-6 text-sm font-semibold">{t("perCampaign")}</h3>
      <p className="mb-2 text-xs text-slate-500">{t("perCampaignExplain")}</p>
      <div className="overflow-x-auto">
        <ExportableTable name={t("perCampaign")}><table className="tabular w-full text-sm" data-testid="satisfaction-campaigns">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">{t("byCampaign")}</th>
              {head}
              <th className="py-1 font-medium">{t("difference")}</th>
            </tr>
          </thead>
          <tbody>
            {report.campaigns.map((c) => (
              <tr key={c.key} className="border-t border-slate-100">
                <td className="py-1.5 pr-3">{c.name}</td>
                {cells(c.offered)}
                <td className="py-1.5 text-xs text-slate-600">{diff(c.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table></ExportableTable>
      </div>
    </Card>
  );
}
