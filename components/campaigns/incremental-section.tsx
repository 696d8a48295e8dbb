"use client";

import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import type { Incrementality } from "@/lib/campaigns/estimate-incrementality";
import { judgeEffect } from "@/lib/campaigns/judge-effect";

const TONES = {
  gain: "bg-emerald-50 text-emerald-900",
  loss: "bg-rose-50 text-rose-900",
  unclear: "bg-slate-50 text-slate-900",
  unknown: "bg-slate-50 text-slate-900",
};

/** The campaign's effect measured against its holdout: the interval first; called a gain (green) or a
 * loss only when the interval excludes zero, else said to be indistinguishable from zero, with the
 * number of customers it would take to know. */
export function IncrementalSection({
  campaignKey,
  incremental,
  money,
  ratio,
}: {
  campaignKey: string;
  incremental: Incrementality | null;
  /** The campaigns page's own formatters, so both sections read alike. */
  money: (v: number | null, digits?: number) => string;
  ratio: (v: number | null) => string;
}) {
  const t = useTranslations("campaigns");
  const format = useFormatter();
  if (!incremental) {
    return (
      <section className="rounded-md bg-slate-50 p-3">
        <p className="text-xs font-semibold uppercase text-slate-500">{t("incremental")}</p>
        <p className="text-slate-500">{t("noHoldout")}</p>
      </section>
    );
  }
  const revenue = incremental.incrementalRevenue;
  const customers = incremental.treated.customers + incremental.control.customers;
  const { verdict, customersToKnow } = judgeEffect(revenue, customers, incremental.confidence);
  const known = verdict === "gain" || verdict === "loss";
  return (
    <section className={clsx("rounded-md p-3", TONES[verdict])} data-testid={`incremental-${campaignKey}`} data-verdict={verdict}>
      <p className="text-xs font-semibold uppercase">{t("incremental")}</p>
      <p className="tabular">
        {t("incrementalInterval", { lower: money(revenue.lower), upper: money(revenue.upper) })}{" "}
        <span className={known ? "text-lg font-semibold" : ""}>{t("incrementalEstimate", { estimate: money(revenue.estimate) })}</span>
        {known && incremental.roi && (
          <>
            {" "}
            · {t("incrementalRoi")} <strong>{ratio(incremental.roi.estimate)}</strong>
          </>
        )}
      </p>
      <p className="text-sm font-medium" data-testid={`incremental-verdict-${campaignKey}`}>
        {t(`verdict.${verdict}`)}{" "}
        {verdict === "unclear" && customersToKnow !== null && t("customersToKnow", { needed: format.number(customersToKnow), now: format.number(customers) })}
      </p>
      <p className="text-xs opacity-80">
        {t("incrementalHint", {
          treated: format.number(incremental.treated.customers),
          control: format.number(incremental.control.customers),
          lift: money(incremental.liftPerCustomer.estimate, 2),
          lower: money(incremental.liftPerCustomer.lower, 2),
          upper: money(incremental.liftPerCustomer.upper, 2),
          p: incremental.pValue === null ? "—" : format.number(incremental.pValue, { maximumFractionDigits: 3 }),
        })}
      </p>
    </section>
  );
}
