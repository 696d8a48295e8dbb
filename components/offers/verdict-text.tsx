"use client";

import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/stats/verdict";
import { useStatFormat } from "./use-stat-format";

/** A verdict code and its numbers in the reader's language (lib/stats/render-verdict.ts is the English CLI wording). */
export function VerdictText({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("offers.verdict");
  const f = useStatFormat("EUR");
  switch (verdict.code) {
    case "sample_ratio_mismatch":
      return <>{t("sample_ratio_mismatch", { p: f.p(verdict.params.pValue) })}</>;
    case "variant_better":
    case "variant_worse": {
      const p = verdict.params;
      return (
        <>
          {t(verdict.code, {
            variant: p.variant,
            control: p.control,
            difference: f.points(p.difference),
            confidence: f.pct(p.confidence, 0),
            lower: f.points(p.lower),
            upper: f.points(p.upper),
            p: f.p(p.pValue),
          })}
        </>
      );
    }
    case "needs_more_users": {
      const p = verdict.params;
      return (
        <>
          {t("needs_more_users", {
            variant: p.variant,
            control: p.control,
            p: f.p(p.pValue),
            users: f.int(p.additionalUsersPerGroup),
            power: f.pct(p.power, 0),
          })}
        </>
      );
    }
    case "no_significant_difference":
      return <>{t("no_significant_difference", { variant: verdict.params.variant, control: verdict.params.control, p: f.p(verdict.params.pValue) })}</>;
  }
}
