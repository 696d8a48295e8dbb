"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useFilterOptions } from "@/components/hooks/use-overview";
import { FilterBar } from "@/components/overview/filter-bar";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { OffersReport } from "@/db/queries/get-offers-report";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import { COLUMN_DIMENSIONS, DERIVED_DIMENSIONS } from "@/lib/segments/dimensions";
import { AbTestPanel } from "./ab-test-panel";
import { FunnelTable } from "./funnel-table";
import { SatisfactionPanel } from "./satisfaction-panel";

// Parameters of the A/B panel: they do not change the funnels, so they stay out of that query's key.
const TEST_PARAMS = ["test", "control", "split"];

export function OffersView({ slug, currency }: { slug: string; currency: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const search = new URLSearchParams([...params.entries()].filter(([k]) => !TEST_PARAMS.includes(k)));
  const report = useQuery({
    queryKey: queryKeys.offers(slug, search.toString()),
    queryFn: ({ signal }) => fetchJson<OffersReport>(`/api/v1/workspaces/${slug}/offers?${search}`, signal),
    placeholderData: keepPreviousData,
  });
  const options = useFilterOptions(slug);
  const data = report.data;
  const by = params.get("by") ?? "rfm";
  const custom = options.data?.segments.map((s) => s.key).filter((k) => !(COLUMN_DIMENSIONS as readonly string[]).includes(k)) ?? [];
  const dims = [...COLUMN_DIMENSIONS, ...DERIVED_DIMENSIONS] as string[];
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  const dimensionPicker = (
    <label className="text-xs font-medium text-slate-600">
      {t("offers.dimension")}
      <select
        aria-label={t("offers.dimension")}
        className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm"
        value={by}
        onChange={(e) => {
          const next = new URLSearchParams(params.toString());
          next.set("by", e.target.value);
          router.replace(`${pathname}?${next}`, { scroll: false });
        }}
      >
        {[...dims, ...custom].map((d) => (
          <option key={d} value={d}>
            {dims.includes(d) ? t(`segments.dimensions.${d as (typeof COLUMN_DIMENSIONS)[number]}`) : d}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="space-y-6">
      <PageHeader title={t("offers.title")} description={data ? `${day(data.period.from)} – ${day(data.period.to)}` : undefined} />
      <p className="max-w-4xl text-sm text-slate-600">{t("offers.explain")}</p>
      <FilterBar options={options.data} dataRange={data?.dataRange ?? null} compare={false} periodOnly keep={["by", ...TEST_PARAMS]} />
      {report.isError && <Alert tone="error">{t("common.loadError", { message: report.error.message })}</Alert>}
      {report.isPending && <p className="text-sm text-slate-500">{t("common.loading")}</p>}
      {data && (
        <>
          <AbTestPanel slug={slug} currency={currency} tests={data.tests} />
          <FunnelTable report={data} currency={currency} dimensionPicker={dimensionPicker} />
          <SatisfactionPanel report={data.satisfaction} />
        </>
      )}
    </div>
  );
}
