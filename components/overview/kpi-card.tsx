"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { Sparkline } from "@/components/charts/sparkline";
import { change, type KpiId, type KpiValue } from "@/lib/kpi/kpis";
import { useKpiFormat } from "./use-kpi-format";

type Props = {
  id: KpiId;
  current: KpiValue;
  previous: KpiValue | null;
  spark: (number | null)[];
  currency: string;
  comparisonLabel: string | null;
  /** What the KPI is counted over in this workspace's data (cross-sell: categories or product families). */
  basis?: string;
};

/** A KPI with its change against the comparison period and, behind "Definition", what it counts. */
export function KpiCard({ id, current, previous, spark, currency, comparisonLabel, basis }: Props) {
  const t = useTranslations();
  const f = useKpiFormat(currency);
  const delta = previous ? change(previous.value, current.value) : null;
  return (
    <article className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`kpi-${id}`}>
      <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t(`kpi.${id}.name`)}</h3>
      <p className="tabular mt-1 truncate text-2xl font-semibold text-slate-900" data-testid={`kpi-${id}-value`}>
        {f.value(id, current.value)}
      </p>
      {current.value === null && (
        <p className="text-xs text-slate-600" data-testid={`kpi-${id}-no-data`}>
          {t(`kpi.${id}.noData`)}
        </p>
      )}
      {comparisonLabel && (
        <p className="tabular text-xs text-slate-500">
          <span className={clsx("font-medium", delta === null ? "" : delta > 0 ? "text-green-700" : delta < 0 ? "text-red-700" : "")}>{f.change(delta)}</span>{" "}
          {comparisonLabel} ({previous ? f.value(id, previous.value) : "—"})
        </p>
      )}
      <Sparkline values={spark} />
      <details className="mt-1 text-xs text-slate-600">
        <summary className="cursor-pointer select-none text-brand-700">{t("overview.definition")}</summary>
        <p className="mt-1">{t(`kpi.${id}.definition`)}</p>
        {basis && (
          <p className="mt-1" data-testid={`kpi-${id}-basis`}>
            {basis}
          </p>
        )}
        <p className="tabular mt-1 font-medium text-slate-800" data-testid={`kpi-${id}-counts`}>
          {t(`kpi.${id}.numerator`)}: {f.numerator(id, current.numerator)} · {t(`kpi.${id}.denominator`)}: {f.count(current.denominator)}
        </p>
      </details>
    </article>
  );
}
