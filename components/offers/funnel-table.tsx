"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { OffersReport } from "@/db/queries/offers/get-offers-report";
import { downloadCsv } from "@/lib/csv/download-csv";
import type { FunnelRow } from "@/lib/offers/shape-funnel";
import { DEFAULT_MIN_SEGMENT_SIZE } from "@/lib/segments/shape-segment-rows";
import { useStatFormat } from "./use-stat-format";
import { useSegmentValueLabel } from "@/components/segments/use-segment-value-label";
import { displayValue } from "@/lib/text/display-value";
import { ScrollRegion } from "@/components/ui/scroll-region";

type By = keyof OffersReport["funnel"];
const BY: By[] = ["campaign", "placement", "segment"];
const LABEL = { campaign: "byCampaign", placement: "byPlacement", segment: "bySegment" } as const;

/** Above this many groups the page warns that some will differ by chance. */
const MANY_GROUPS = 5;

/** The best responder is the group whose interval's lower end is highest, so a tiny group with a lucky
 * rate does not win; small groups are not eligible. */
function bestResponder(rows: FunnelRow[]): FunnelRow | undefined {
  return rows.filter((r) => !r.small && r.acceptance).sort((a, b) => b.acceptance!.lower - a.acceptance!.lower)[0];
}

export function FunnelTable({ report, currency, dimensionPicker }: { report: OffersReport; currency: string; dimensionPicker: React.ReactNode }) {
  const t = useTranslations("offers");
  const f = useStatFormat(currency);
  const [by, setBy] = useState<By>("campaign");
  const rows = report.funnel[by];
  const segmentLabel = useSegmentValueLabel(report.dimension.key);
  const label = (r: FunnelRow) => (by === "segment" ? segmentLabel(r.label) : displayValue(r.label).label);
  const best = by === "segment" ? bestResponder(rows) : undefined;

  function exportCsv() {
    downloadCsv(`offer-funnel-${by}-${report.period.from}-${report.period.to}.csv`, [
      ["group", "shown", "accepted", "bought", "customers", "acceptance", "acceptance_lower", "acceptance_upper", "revenue", "small"],
      ...rows.map((r) => [
        r.label,
        r.shown,
        r.accepted,
        r.purchased,
        r.customers,
        r.acceptance?.estimate ?? null,
        r.acceptance?.lower ?? null,
        r.acceptance?.upper ?? null,
        Math.round(r.revenue * 100) / 100,
        r.small ? "yes" : "no",
      ]),
    ]);
  }

  return (
    <Card
      title={t("funnel")}
      className="min-w-0"
      actions={
        <Button variant="secondary" onClick={exportCsv} disabled={rows.length === 0}>
          {t("export")}
        </Button>
      }
    >
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <div role="tablist" aria-label={t("funnelBy")} className="inline-flex rounded-md ring-1 ring-slate-300">
          {BY.map((b) => (
            <button
              key={b}
              role="tab"
              aria-selected={by === b}
              className={clsx(
                "px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md",
                by === b ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50",
              )}
              onClick={() => setBy(b)}
            >
              {t(LABEL[b])}
            </button>
          ))}
        </div>
        {by === "segment" && dimensionPicker}
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noOffers")}</p>
      ) : (
        <ScrollRegion stickyFirst>
          <table className="tabular w-full text-sm" data-testid="funnel-table">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1 pr-3 font-medium">{t("group")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("shown")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("accepted")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("bought")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("acceptance")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("interval")}</th>
                <th className="py-1 pr-3 text-right font-medium">{t("revenue")}</th>
                <th className="py-1 text-right font-medium">{t("revenuePerOffer")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-t border-slate-100" data-testid={`funnel-row-${r.label}`}>
                  <td className="py-1.5 pr-3" title={r.label}>
                    {label(r)}{" "}
                    {r.small && (
                      <span title={t("smallHint", { min: DEFAULT_MIN_SEGMENT_SIZE })} className="rounded bg-amber-100 px-1.5 text-xs text-amber-800">
                        {t("small")}
                      </span>
                    )}
                  </td>
                  <td className="py-1.5 pr-3 text-right">{f.int(r.shown)}</td>
                  <td className="py-1.5 pr-3 text-right">{f.int(r.accepted)}</td>
                  <td className="py-1.5 pr-3 text-right">{f.int(r.purchased)}</td>
                  <td className="py-1.5 pr-3 text-right font-medium">{f.pct(r.acceptance?.estimate ?? null)}</td>
                  <td className="py-1.5 pr-3 text-right text-slate-600">
                    {r.acceptance ? `${f.pct(r.acceptance.lower)} – ${f.pct(r.acceptance.upper)}` : "—"}
                  </td>
                  <td className="py-1.5 pr-3 text-right">{f.money(r.revenue, 0)}</td>
                  <td className="py-1.5 text-right">{f.money(r.revenuePerOffer)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {best?.acceptance && (
        <p className="mt-3 text-sm text-slate-700" data-testid="best-responder">
          {t("bestResponders", {
            group: label(best),
            rate: f.pct(best.acceptance.estimate),
            lower: f.pct(best.acceptance.lower),
            upper: f.pct(best.acceptance.upper),
          })}
        </p>
      )}
      {by !== "campaign" && rows.length > MANY_GROUPS && <p className="mt-2 text-xs text-amber-800">{t("manyGroups", { count: rows.length })}</p>}
      <p className="mt-3 text-xs text-slate-500">{t("funnelExplain")}</p>
    </Card>
  );
}
