"use client";

import { ExportableTable } from "@/components/ui/exportable-table";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useReportView } from "@/components/report-view/report-view";
import { useReportData } from "@/components/report-view/use-report-data";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AbTestReport } from "@/db/queries/offers/get-ab-test";
import type { AbTestListing } from "@/db/queries/offers/compute-ab-tests";
import { SampleSizePlanner } from "./sample-size-planner";
import { useStatFormat } from "./use-stat-format";
import { VerdictText } from "./verdict-text";
import { displayValue } from "@/lib/text/display-value";
import { DataText } from "@/components/ui/data-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

const select = "mt-1 block w-full max-w-[16rem] truncate rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";

/** One campaign's A/B test; which test, its baseline and planned split live in the URL (test, control, split). */
export function AbTestPanel({ currency, tests }: { currency: string; tests: AbTestListing[] }) {
  const t = useTranslations("offers");
  const f = useStatFormat(currency);
  const { params, update, locked } = useReportView();
  const testKey = params.get("test") ?? tests[0]?.key;
  const listing = tests.find((x) => x.key === testKey);
  const control = params.get("control") ?? "";
  const split = params.get("split") ?? "";
  const [splitDraft, setSplitDraft] = useState(split);
  const query = new URLSearchParams({ campaign: testKey ?? "" });
  if (control) query.set("control", control);
  if (split) query.set("split", split);
  const report = useReportData<AbTestReport>("abtest", query.toString(), { enabled: testKey !== undefined });

  if (tests.length === 0) {
    return (
      <>
        <Card title={t("abTest")}>{<p className="text-sm text-slate-600">{t("noTests")}</p>}</Card>
        <SampleSizePlanner defaultBaseline={null} />
      </>
    );
  }
  const data = report.data;
  const a = data?.analysis;
  const baseline = a?.variants.find((v) => v.isControl)?.conversionRate.estimate ?? null;
  return (
    <>
      <Card title={t("abTest")} className="min-w-0">
        <fieldset disabled={locked} className="flex flex-wrap items-end gap-3">
          <label className="text-xs font-medium text-slate-600">
            {t("test")}
            <select aria-label={t("test")} className={select} value={testKey} onChange={(e) => update({ test: e.target.value, control: null, split: null })}>
              {tests.map((x) => (
                <option key={x.key} value={x.key} title={x.name}>
                  {displayValue(x.name).label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium text-slate-600">
            {t("control")}
            <select aria-label={t("control")} className={select} value={control || a?.control || ""} onChange={(e) => update({ control: e.target.value })}>
              {listing?.variants.map((v) => (
                <option key={v} value={v} title={v}>
                  {displayValue(v).label}
                </option>
              ))}
            </select>
          </label>
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              update({ split: splitDraft.trim() });
            }}
          >
            <label className="text-xs font-medium text-slate-600">
              {t("plannedSplit")}
              <input
                aria-label={t("plannedSplit")}
                className={clsx(select, "w-44")}
                placeholder={listing?.variants.map((v) => `${v}=50`).join(",")}
                value={splitDraft}
                onChange={(e) => setSplitDraft(e.target.value)}
              />
            </label>
            <Button type="submit" variant="secondary">
              {t("apply")}
            </Button>
          </form>
          <p className="pb-2 text-xs text-slate-500">{t("plannedSplitHint")}</p>
        </fieldset>

        {report.isError && (
          <div className="mt-4">
            <Alert tone="error">{report.error.message}</Alert>
          </div>
        )}
        {a && data && (
          <div className="mt-5 space-y-5" data-testid="ab-test">
            {a.comparisons.map((c) => (
              <p
                key={c.variant}
                data-testid={`verdict-${c.variant}`}
                className={clsx(
                  "rounded-md p-3 text-sm font-medium",
                  c.verdict.code === "variant_better" && "bg-emerald-50 text-emerald-900",
                  c.verdict.code === "variant_worse" && "bg-red-50 text-red-900",
                  c.verdict.code === "sample_ratio_mismatch" && "bg-amber-50 text-amber-900",
                  (c.verdict.code === "needs_more_users" || c.verdict.code === "no_significant_difference") && "bg-slate-100 text-slate-800",
                )}
              >
                <VerdictText verdict={c.verdict} />
              </p>
            ))}

            <ScrollRegion stickyFirst label={t("abTest")}>
              <ExportableTable name={t("abTest")}>
                <table className="tabular w-full text-sm">
                  <thead className="text-left text-xs text-slate-500">
                    <tr>
                      <th className="py-1 pr-3 font-medium">{t("variant")}</th>
                      <th className="py-1 pr-3 text-right font-medium">{t("users")}</th>
                      <th className="py-1 pr-3 text-right font-medium">{t("conversions")}</th>
                      <th className="py-1 pr-3 text-right font-medium">{t("rate")}</th>
                      <th className="py-1 pr-3 text-right font-medium">{t("interval")}</th>
                      <th className="py-1 text-right font-medium">{t("revenuePerUser")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.variants.map((v) => (
                      <tr key={v.name} className="border-t border-slate-100" data-testid={`variant-${v.name}`}>
                        <td className="py-1.5 pr-3 font-medium">
                          <DataText value={v.name} />{" "}
                          {v.isControl && <span className="ml-1 rounded bg-slate-100 px-1.5 text-xs font-normal text-slate-600">{t("isControl")}</span>}
                        </td>
                        <td className="py-1.5 pr-3 text-right">{f.int(v.users)}</td>
                        <td className="py-1.5 pr-3 text-right">{f.int(v.conversions)}</td>
                        <td className="py-1.5 pr-3 text-right font-medium">{f.pct(v.conversionRate.estimate, 2)}</td>
                        <td className="py-1.5 pr-3 text-right text-slate-600">
                          {f.pct(v.conversionRate.lower, 2)} – {f.pct(v.conversionRate.upper, 2)}
                        </td>
                        <td className="py-1.5 text-right">{f.money(v.revenuePerUser)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ExportableTable>
            </ScrollRegion>
            {data.heldOut.length > 0 && (
              <p className="text-xs text-slate-500">
                {t("heldOut", { groups: data.heldOut.map((h) => `${displayValue(h.name).label} (${f.int(h.users)})`).join(", ") })}
              </p>
            )}

            <div className="grid gap-4 lg:grid-cols-2">
              {a.comparisons.map((c) => (
                <section key={c.variant} className="rounded-md border border-slate-200 p-3 text-sm" data-testid={`comparison-${c.variant}`}>
                  <h3 className="mb-2 font-semibold">{t("comparison", { variant: displayValue(c.variant).label, control: displayValue(c.control).label })}</h3>
                  <dl className="tabular grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                    <dt className="text-slate-500">{t("absoluteDifference")}</dt>
                    <dd>
                      {t("points", { value: f.points(c.absoluteDifference.estimate) })}{" "}
                      <span className="text-slate-500">
                        ({f.points(c.absoluteDifference.lower)} – {f.points(c.absoluteDifference.upper)})
                      </span>
                    </dd>
                    <dt className="text-slate-500">{t("relativeDifference")}</dt>
                    <dd>
                      {c.relativeDifference ? (
                        <>
                          {f.points(c.relativeDifference.estimate)}%{" "}
                          <span className="text-slate-500">
                            ({f.points(c.relativeDifference.lower)}% – {f.points(c.relativeDifference.upper)}%)
                          </span>
                        </>
                      ) : (
                        "—"
                      )}
                    </dd>
                    <dt className="text-slate-500">{t("pValue")}</dt>
                    <dd>
                      z = {f.signed(c.z)}, p {f.p(c.pValue)}
                    </dd>
                    <dt className="text-slate-500">{t("probabilityToBeat", { control: c.control })}</dt>
                    <dd data-testid={`beat-${c.variant}`}>{f.probability(c.bayesian.probabilityToBeatControl)}</dd>
                    <dt className="text-slate-500">{t("expectedLoss")}</dt>
                    <dd>{t("points", { value: f.num(c.bayesian.expectedLossChoosingVariant * 100, 2) })}</dd>
                    <dt className="text-slate-500">{t("revenueDifference")}</dt>
                    <dd>
                      {c.revenuePerUser ? (
                        <>
                          {f.money(c.revenuePerUser.difference.estimate)}{" "}
                          <span className="text-slate-500">
                            ({f.money(c.revenuePerUser.difference.lower)} – {f.money(c.revenuePerUser.difference.upper)});{" "}
                            {t("welch", { p: f.p(c.revenuePerUser.pValue) })}
                          </span>
                        </>
                      ) : (
                        "—"
                      )}
                    </dd>
                    <dt className="text-slate-500">{t("additionalUsers", { power: f.pct(a.power, 0) })}</dt>
                    <dd>{c.additionalUsersPerGroup === null ? "—" : c.additionalUsersPerGroup === 0 ? t("enough") : f.int(c.additionalUsersPerGroup)}</dd>
                  </dl>
                </section>
              ))}
            </div>

            <p className={clsx("text-sm", a.sampleRatio.mismatch ? "font-medium text-amber-800" : "text-slate-600")} data-testid="srm">
              <span className="font-medium">{t("srm")}: </span>
              {a.sampleRatio.mismatch
                ? t("srmBad", {
                    p: f.p(a.sampleRatio.pValue),
                    observed: a.sampleRatio.observedShares.map((s) => f.pct(s, 1)).join(" / "),
                    expected: a.sampleRatio.expectedShares.map((s) => f.pct(s, 1)).join(" / "),
                  })
                : t("srmOk", { p: f.p(a.sampleRatio.pValue) })}
            </p>
            <p className="text-xs text-slate-500">{t("definitions")}</p>
          </div>
        )}
      </Card>
      {/* Seeded with the baseline's conversion, so the planner starts from this test's numbers. */}
      <SampleSizePlanner key={baseline ?? "none"} defaultBaseline={baseline} />
    </>
  );
}
