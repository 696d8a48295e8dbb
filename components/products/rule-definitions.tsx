"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

const TERMS = ["support", "confidence", "lift", "leverage", "conviction", "pq", "priceRange", "bundle"] as const;

/** What each measure counts, with its numerator and denominator, as in docs/kpis.md. */
export function RuleDefinitions() {
  const t = useTranslations("products.definitions");
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <dl className="grid gap-x-6 gap-y-3 text-sm md:grid-cols-2" data-testid="rule-definitions">
        {TERMS.map((term) => (
          <div key={term}>
            <dt className="font-medium text-slate-800">{t(`${term}.name`)}</dt>
            <dd className="text-slate-600">{t(`${term}.text`)}</dd>
            <dd className="text-xs text-slate-500">{t(`${term}.formula`)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
