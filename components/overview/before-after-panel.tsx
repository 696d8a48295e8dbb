"use client";

import { ExportableTable } from "@/components/ui/exportable-table";
import { useFormatter, useTranslations } from "next-intl";
import type { BeforeAfter } from "@/db/queries/kpis/get-overview";
import { Card } from "@/components/ui/card";
import { change, MONEY_KPIS, pointsChange, WINDOW_KPI_IDS } from "@/lib/kpi/kpis";
import { useKpiFormat } from "./use-kpi-format";
import { DataText } from "@/components/ui/data-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Cumulative KPIs rise after any campaign: shown on the cards, not here.
const COMPARED = WINDOW_KPI_IDS;

export function BeforeAfterPanel({ items, currency }: { items: BeforeAfter[]; currency: string }) {
  const t = useTranslations();
  const f = useKpiFormat(currency);
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card title={t("overview.beforeAfter")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("overview.noCampaigns")}</p>
      ) : (
        <div className="space-y-6">
          {items.map(({ campaign, days, before, after }) => (
            <section key={campaign.key} data-testid={`before-after-${campaign.key}`}>
              <h3 className="text-sm font-semibold text-slate-900">
                <DataText value={campaign.name} />{" "}
                <span className="font-normal text-slate-500">
                  · {t(`campaigns.types.${campaign.type}`)} · {day(campaign.startDate)}
                </span>
              </h3>
              <p className="mb-2 text-xs text-slate-500">
                {t("overview.beforeAfterHint", { days })} {t("overview.beforeAfterCaution")}
              </p>
              <ScrollRegion stickyFirst label={`${t("overview.beforeAfter")} ${campaign.name}`}>
                <ExportableTable name={`${t("overview.beforeAfter")} ${campaign.name}`}>
                  <table className="tabular w-full text-left text-sm">
                    <thead className="text-xs uppercase text-slate-500">
                      <tr>
                        <th className="py-1 font-medium" />
                        <th className="py-1 pr-2 font-medium">
                          {t("overview.before")}{" "}
                          <span className="block font-normal normal-case">
                            ({day(before.from)} – {day(before.to)})
                          </span>
                        </th>
                        <th className="py-1 pr-2 font-medium">
                          {t("overview.after")}{" "}
                          <span className="block font-normal normal-case">
                            ({day(after.from)} – {day(after.to)})
                          </span>
                        </th>
                        <th className="py-1 text-right font-medium">{t("overview.change")}</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {COMPARED.map((id) => {
                        const money = MONEY_KPIS.includes(id);
                        const d = money ? change(before.kpis[id].value, after.kpis[id].value) : pointsChange(before.kpis[id].value, after.kpis[id].value);
                        return (
                          <tr key={id} data-testid={`ba-${campaign.key}-${id}`}>
                            <td className="py-1.5 pr-2 text-slate-700">{t(`kpi.${id}.name`)}</td>
                            <td className="py-1.5 pr-2">
                              {f.value(id, before.kpis[id].value)}
                              <span className="block text-xs text-slate-500">
                                ({f.numerator(id, before.kpis[id].numerator)} / {f.count(before.kpis[id].denominator)})
                              </span>
                            </td>
                            <td className="py-1.5 pr-2">
                              {f.value(id, after.kpis[id].value)}
                              <span className="block text-xs text-slate-500">
                                ({f.numerator(id, after.kpis[id].numerator)} / {f.count(after.kpis[id].denominator)})
                              </span>
                            </td>
                            {/* Neutral: a difference between two windows is no measured effect. */}
                            <td className="py-1.5 text-right font-medium text-slate-800">
                              {money ? f.change(d) : d === null ? "—" : t("overview.points", { value: f.points(d) })}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </ExportableTable>
              </ScrollRegion>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
