"use client";

import { useTranslations } from "next-intl";
import type { Distribution } from "@/lib/customers/distribution";

/** Mean, median and the other percentiles of a distribution, as a row of small figures. */
export function DistributionFigures({ d, money }: { d: Distribution; money: (v: number | null) => string }) {
  const t = useTranslations("customers");
  const at = (p: number) => d.percentiles.find((x) => x.p === p)?.value ?? null;
  const items: [string, number | null][] = [
    [t("mean"), d.mean],
    [t("median"), at(0.5)],
    ["P10", at(0.1)],
    ["P25", at(0.25)],
    ["P75", at(0.75)],
    ["P90", at(0.9)],
    ["P99", at(0.99)],
  ];
  return (
    <dl className="tabular grid grid-cols-4 gap-3 text-sm sm:grid-cols-7">
      {items.map(([label, v]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="font-medium">{money(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Histogram bars labelled with their value band; the last bar is open ("€1,200+"). */
export function histogramPoints(d: Distribution, money: (v: number) => string) {
  return d.bins.map((b) => ({ key: String(b.from), label: b.to === null ? `${money(b.from)}+` : `${money(b.from)}–${money(b.to)}`, customers: b.customers }));
}
