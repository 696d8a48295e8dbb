"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { SavedReportListItem } from "@/db/queries/reports/saved-reports";
import type { ShareLinkListItem } from "@/db/queries/reports/share-links";
import { ReportActions } from "./report-actions";
import { ShareLinkForm } from "./share-link-form";
import { ShareLinksTable } from "./share-links-table";
import { ViewDescription } from "./view-description";

type Props = { slug: string; timeZone: string; canShare: boolean; reports: SavedReportListItem[]; links: ShareLinkListItem[] };

export function ReportsView({ slug, timeZone, canShare, reports, links }: Props) {
  const t = useTranslations("reports");
  const tn = useTranslations("nav");
  const format = useFormatter();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("explain")} />
      {reports.length === 0 && (
        <Card>
          <p className="text-sm text-slate-700">{t("none")}</p>
        </Card>
      )}
      {reports.map((r) => {
        const own = links.filter((l) => l.reportId === r.id);
        return (
          <Card key={r.id} title={<span data-testid={`report-${r.name}`}>{r.name}</span>} actions={canShare && <ReportActions slug={slug} report={r} />}>
            <div className="space-y-4 text-sm">
              <p className="text-slate-600">
                <Link className="font-medium text-brand-700 hover:underline" href={`/w/${slug}/${r.page}${r.query ? `?${r.query}` : ""}`}>
                  {tn(r.page)}
                </Link>{" "}
                · <ViewDescription query={r.query} /> ·{" "}
                {t("savedBy", { name: r.createdByName ?? t("formerMember"), date: format.dateTime(r.createdAt, { dateStyle: "medium", timeZone }) })}
              </p>
              {own.length > 0 && <ShareLinksTable slug={slug} links={own} timeZone={timeZone} canShare={canShare} />}
              {canShare && <ShareLinkForm slug={slug} reportId={r.id} />}
            </div>
          </Card>
        );
      })}
    </div>
  );
}
