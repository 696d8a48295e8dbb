"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { PriceFit } from "@/lib/basket/assess-product-rule";
import type { RuleFormat } from "./use-rule-format";

const tones: Record<PriceFit["position"], string> = {
  in: "bg-emerald-100 text-emerald-800",
  above: "bg-sky-100 text-sky-800",
  below: "bg-slate-100 text-slate-700",
};

/** Whether the suggestion fits the price range of the first purchase (the seeds' advice for cross-sells). */
export function PriceFitBadge({ fit, f }: { fit: PriceFit | null; f: RuleFormat }) {
  const t = useTranslations("products");
  if (!fit) return <span className="text-xs text-slate-500">{t("priceUnknown")}</span>;
  return (
    <span
      className={clsx("inline-flex whitespace-nowrap rounded px-1.5 py-0.5 text-[11px] font-semibold", tones[fit.position])}
      title={t("priceHint", { price: f.money(fit.price), low: f.money(fit.low), high: f.money(fit.high) })}
      data-testid="price-fit"
    >
      {t(`price.${fit.position}`)}
    </span>
  );
}
