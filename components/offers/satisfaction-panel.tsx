"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { SatisfactionTrendChart } from "@/components/charts/satisfaction-trend-chart";
import { Card } from "@/components/ui/card";
import { ExportableTable } from "@/components/ui/exportable-table";
import type { SatisfactionReport } from "@/lib/offers/shape-satisfaction";
import type { Satisfaction } from "@/lib/offers/summarize-satisfaction";
import type { WelchResult } from "@/lib/stats/welch";
import { useStatFormat } from "./use-stat-format";
import { DataText } from "@/components/ui/data-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

type RatingsRow = { key: string; label: ReactNode; satisfaction: Satisfaction; extra?: ReactNode };

/** Ratings, average score and NPS per row, the one table shape of this panel (exportable as CSV). */
function RatingsTable({
  name,
  first,
  rows,
  extraHead,
  testId,
}: {
  name: string;
  first: ReactNode;
  rows: RatingsRow[];
  extraHead?: ReactNode;
  testId?: string;
}) {
  const t = useTranslations("offers");
  const f = useStatFormat("EUR");
  return (
    <ExportableTable name={name}>
      <table className="tabular w-full text-sm" data-testid={testId}>
        <thead className="text-left text-xs text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">{first}</th>
            <th className="py-1 pr-3 text-right font-medium">{t("ratings")}</th>
            <th className="py-1 pr-3 text-right font-medium">{t("averageScore")}</th>
            <th className="py-1 pr-3 text-right font-medium">{t("nps")}</th>
            {extraHead !== undefined && <th className="py-1 font-medium">{extraHead}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, satisfaction: s, extra }) => (
            <tr key={key} className="border-t border-slate-100">
              <td className="py-1.5 pr-3">{label}</td>
              <td className="py-1.5 pr-3 text-right">{f.int(s.ratings)}</td>
              <td className="py-1.5 pr-3 text-right font-medium">{f.num(s.averageScore)}</td>
              <td className="py-1.5 pr-3 text-right">{s.nps === null ? "—" : f.signed(s.nps, 0)}</td>
              {extraHead !== undefined && <td className="py-1.5 text-xs text-slate-600">{extra}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ExportableTable>
  );
}

export function SatisfactionPanel({ report }: { report: SatisfactionReport }) {
  const t = useTranslations("offers");
  const f = useStatFormat("EUR");
  const diff = (d: WelchResult | null) =>
    d
      ? t("scoreDifference", {
          difference: f.signed(d.difference.estimate),
          lower: f.signed(d.difference.lower),
          upper: f.signed(d.difference.upper),
          p: f.p(d.pValue),
        })
      : "—";

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
          <RatingsTable
            name={t("satisfaction")}
            first=""
            testId="satisfaction-table"
            rows={[
              { key: "offered", label: t("offered"), satisfaction: report.offered },
              { key: "notOffered", label: t("notOffered"), satisfaction: report.notOffered },
            ]}
          />
          <p className="text-sm text-slate-700" data-testid="satisfaction-difference">
            {diff(report.difference)}
          </p>
          <h3 className="pt-2 text-sm font-semibold">{t("byOffersSeen")}</h3>
          <RatingsTable
            name={t("byOffersSeen")}
            first={t("offersSeen")}
            rows={report.offersSeen.map((b) => ({ key: b.bucket, label: b.bucket, satisfaction: b.satisfaction }))}
          />
        </div>
        <div className="min-w-0">
          <h3 className="mb-2 text-sm font-semibold">{t("overTime")}</h3>
          <ChartFrame name={t("overTime")}>
            <SatisfactionTrendChart
              data={report.months.map((m) => ({ month: m.month, offered: m.offered.averageScore, notOffered: m.notOffered.averageScore }))}
              labels={{ offered: t("offered"), notOffered: t("notOffered"), title: t("overTime") }}
            />
          </ChartFrame>
        </div>
      </div>
      <h3 className="mt-6 text-sm font-semibold">{t("perCampaign")}</h3>
      <p className="mb-2 text-xs text-slate-500">{t("perCampaignExplain")}</p>
      <ScrollRegion stickyFirst label={t("perCampaign")}>
        <RatingsTable
          name={t("perCampaign")}
          first={t("byCampaign")}
          extraHead={t("difference")}
          testId="satisfaction-campaigns"
          rows={report.campaigns.map((c) => ({ key: c.key, label: <DataText value={c.name} />, satisfaction: c.offered, extra: diff(c.difference) }))}
        />
      </ScrollRegion>
    </Card>
  );
}
