"use client";

import { useTranslations } from "next-intl";
import { useReportView } from "@/components/report-view/report-view";
import { PageHeader } from "@/components/ui/page-header";
import { HistorySection } from "./history-section";
import { PredictedSection } from "./predicted-section";
import { TargetsSection } from "./targets-section";

/** The customers page: lifetime value so far, predicted lifetime value, and target lists. Each
 * section loads on its own, so history shows while the model fits. */
export function CustomersView({ slug, currency, timeZone }: { slug?: string; currency: string; timeZone: string }) {
  const t = useTranslations("customers");
  const { locked } = useReportView();
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} description={t("explain")} />
      <HistorySection currency={currency} />
      <PredictedSection currency={currency} />
      {/* Target lists name customers: workspace members only, never on a shared report. */}
      {slug && !locked && <TargetsSection slug={slug} currency={currency} timeZone={timeZone} />}
    </div>
  );
}
