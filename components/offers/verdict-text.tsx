"use client";

import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/stats/verdict";
import { displayValue } from "@/lib/text/display-value";
import { useStatFormat } from "./use-stat-format";

const name = (variant: string) => displayValue(variant).label;

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
            variant: name(p.variant),
            control: name(p.control),
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
            variant: name(p.variant),
            control: name(p.control),
            p: f.p(p.pValue),
            users: f.int(p.additionalUsersPerGroup),
            power: f.pct(p.power, 0),
          })}
        </>
      );
    }
    case "no_significant_difference":
      return (
        <>{t("no_significant_difference", { variant: name(verdict.params.variant), control: name(verdict.params.control), p: f.p(verdict.params.pValue) })}</>
      );
  }
}
