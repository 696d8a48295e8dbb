"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TargetList } from "@/db/queries/customers/get-target-list";
import type { TargetOptions } from "@/db/queries/customers/get-target-options";
import { downloadCsv } from "@/lib/csv/download-csv";
import { OPPORTUNITY_KINDS, type OpportunityKind } from "@/lib/customers/schemas";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import { useCustomerFormat } from "./use-customer-format";
import { useCustomerParams } from "./use-customer-params";
import { SectionHeading } from "./section-heading";
import { ScrollRegion } from "@/components/ui/scroll-region";

const control = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";

/** Whether the URL names a complete opportunity; only then is the list asked for. */
function complete(p: URLSearchParams): boolean {
  const opp = p.get("opp");
  if (opp === "pair") return !!p.get("x") && !!p.get("y") && p.get("x") !== p.get("y");
  if (opp === "upgrade") return !!p.get("family") && !!p.get("tier");
  if (opp === "deep") return !!p.get("sku");
  return false;
}

export function TargetsSection({ slug, currency, timeZone }: { slug: string; currency: string; timeZone: string }) {
  const t = useTranslations("customers");
  const common = useTranslations("common");
  const f = useCustomerFormat(currency, timeZone);
  const { params, update, targetSearch } = useCustomerParams();
  const [exporting, setExporting] = useState<string | null>(null);
  const options = useQuery({
    queryKey: queryKeys.customerTargetOptions(slug),
    queryFn: ({ signal }) => fetchJson<TargetOptions>(`/api/v1/workspaces/${slug}/customers/targets/options`, signal),
  });
  const ready = complete(params);
  const list = useQuery({
    queryKey: queryKeys.customerTargets(slug, targetSearch),
    queryFn: ({ signal }) => fetchJson<TargetList>(`/api/v1/workspaces/${slug}/customers/targets?${targetSearch}`, signal),
    placeholderData: keepPreviousData,
    enabled: ready,
  });
  const opp = (OPPORTUNITY_KINDS as readonly string[]).includes(params.get("opp") ?? "") ? (params.get("opp") as OpportunityKind) : null;
  const o = options.data;
  const data = ready ? list.data : undefined;
  const family = o?.families.find((x) => x.family === params.get("family"));

  /** Choosing an opportunity fills in a first choice of products, so a list shows at once. */
  function choose(kind: OpportunityKind | null) {
    const clear = { x: null, y: null, family: null, tier: null, sku: null, days: null };
    if (!kind || !o) return update({ ...clear, opp: kind });
    if (kind === "pair") return update({ ...clear, opp: kind, x: o.products[0]?.sku ?? null, y: o.products[1]?.sku ?? null });
    if (kind === "upgrade")
      return update({ ...clear, opp: kind, family: o.families[0]?.family ?? null, tier: o.families[0] ? String(o.families[0].tiers[0]) : null });
    return update({ ...clear, opp: kind, sku: o.repeatable[0]?.sku ?? null });
  }

  // The whole list, best first, as customer keys only: no personal data leaves in the file.
  async function exportList() {
    if (!data) return;
    setExporting(null);
    try {
      const all = await fetchJson<TargetList>(`/api/v1/workspaces/${slug}/customers/targets?${targetSearch}&limit=${Math.max(1, data.size)}`);
      downloadCsv(`target-list-${data.opportunity.kind}-${data.opportunity.target.map((p) => p.sku).join("+")}.csv`, [
        ["customer_key"],
        ...all.customers.map((c) => [c.customerKey]),
      ]);
    } catch (e) {
      setExporting(e instanceof Error ? e.message : String(e));
    }
  }

  // A new family starts at its lowest tier, so the list follows at once.
  const firstTier = (name: string) => {
    const tiers = o?.families.find((x) => x.family === name)?.tiers;
    return tiers ? String(tiers[0]) : null;
  };
  const productLabel = (p: { sku: string; name: string | null }) => (p.name ? `${p.sku} — ${p.name}` : p.sku);
  const select = (label: string, name: string, values: { value: string; label: string }[]) => (
    <label className="text-xs font-medium text-slate-600">
      {label}
      <select
        aria-label={label}
        className={control}
        value={params.get(name) ?? ""}
        onChange={(e) => update({ [name]: e.target.value || null, ...(name === "family" ? { tier: firstTier(e.target.value) } : {}) })}
      >
        <option value="">{t("targets.choose")}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section id="targets" className="space-y-4" aria-labelledby="targets-title">
      <SectionHeading id="targets-title" title={t("targets.title")} explain={t("targets.explain")} />
      <Card className="min-w-0">
        {options.isError && <Alert tone="error">{common("loadError", { message: options.error.message })}</Alert>}
        <div className="grid gap-3 md:grid-cols-4">
          <label className="text-xs font-medium text-slate-600">
            {t("targets.opportunity")}
            <select
              aria-label={t("targets.opportunity")}
              className={control}
              value={opp ?? ""}
              disabled={!o}
              onChange={(e) => choose((e.target.value || null) as OpportunityKind | null)}
            >
              <option value="">{t("targets.choose")}</option>
              {OPPORTUNITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`targets.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {o && opp === "pair" && (
            <>
              {select(
                t("targets.x"),
                "x",
                o.products.map((p) => ({ value: p.sku, label: productLabel(p) })),
              )}
              {select(
                t("targets.y"),
                "y",
                o.products.map((p) => ({ value: p.sku, label: productLabel(p) })),
              )}
            </>
          )}
          {o && opp === "upgrade" && (
            <>
              {select(
                t("targets.family"),
                "family",
                o.families.map((x) => ({ value: x.family, label: x.family })),
              )}
              {select(
                t("targets.tier"),
                "tier",
                (family?.tiers.slice(0, -1) ?? []).map((tier) => ({
                  value: String(tier),
                  label: t("targets.tierOption", { tier, next: family!.tiers[family!.tiers.indexOf(tier) + 1] }),
                })),
              )}
            </>
          )}
          {o && opp === "deep" && (
            <>
              {select(
                t("targets.consumable"),
                "sku",
                o.repeatable.map((p) => ({
                  value: p.sku,
                  label: t("targets.repeatableOption", { product: productLabel(p), share: f.percent(p.rebuyers / p.buyers, 0) }),
                })),
              )}
              <label className="text-xs font-medium text-slate-600">
                {t("targets.days")}
                <input
                  type="number"
                  min={1}
                  max={3650}
                  aria-label={t("targets.days")}
                  className={control}
                  value={params.get("days") ?? ""}
                  placeholder={data?.opportunity.kind === "deep" ? String(data.opportunity.days) : ""}
                  onChange={(e) => update({ days: e.target.value || null })}
                />
              </label>
            </>
          )}
        </div>
        {!opp && <p className="mt-4 text-sm text-slate-500">{t("targets.pick")}</p>}
        {opp === "pair" && params.get("x") && params.get("x") === params.get("y") && <p className="mt-4 text-sm text-amber-700">{t("targets.samePair")}</p>}
        {ready && list.isError && (
          <div className="mt-4">
            <Alert tone="error">{common("loadError", { message: list.error.message })}</Alert>
          </div>
        )}
        {ready && list.isPending && <p className="mt-4 text-sm text-slate-500">{common("loading")}</p>}
      </Card>
      {data && (
        <Card className="min-w-0">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div className="space-y-1 text-sm">
              <p className="text-base font-semibold text-slate-900" data-testid="target-size">
                {t("targets.size", { n: f.count(data.size) })}
              </p>
              <p data-testid="target-excluded">{t("targets.excluded", { n: f.count(data.excludedOptedOut) })}</p>
              <p data-testid="target-revenue">
                {data.expectedRevenue === null
                  ? t("targets.noRevenue")
                  : t("targets.revenue", { revenue: f.money(data.expectedRevenue), value: f.money(data.expectedOrderValue.value, 2) })}
              </p>
              <p className="text-xs text-slate-500">
                {t(`targets.rule.${data.opportunity.kind}`, {
                  x: data.opportunity.kind === "pair" ? data.opportunity.x.sku : "",
                  y: data.opportunity.kind === "pair" ? data.opportunity.y.sku : "",
                  family: data.opportunity.kind === "upgrade" ? data.opportunity.family : "",
                  tier: data.opportunity.kind === "upgrade" ? data.opportunity.tier : 0,
                  next: data.opportunity.kind === "upgrade" ? data.opportunity.nextTier : 0,
                  sku: data.opportunity.kind === "deep" ? data.opportunity.sku.sku : "",
                  days: data.opportunity.kind === "deep" ? data.opportunity.days : 0,
                })}{" "}
                {t(data.expectedOrderValue.source === "list_price" ? "targets.valueFromPrice" : "targets.valueFromOrders", {
                  target: data.opportunity.target.map((p) => p.sku).join(", "),
                  orders: f.count(data.expectedOrderValue.orders),
                })}
              </p>
              {data.ranking === "recency_frequency" && (
                <Alert tone="warning">
                  <span data-testid="target-fallback">{t("targets.fallback", { message: data.rankingNote ?? "" })}</span>
                </Alert>
              )}
            </div>
            <Button variant="secondary" onClick={exportList} disabled={data.size === 0}>
              {t("targets.export")}
            </Button>
          </div>
          {exporting && (
            <div className="mt-3">
              <Alert tone="error">{common("loadError", { message: exporting })}</Alert>
            </div>
          )}
          {data.size === 0 ? (
            <p className="mt-4 text-sm text-slate-500">{t("targets.empty")}</p>
          ) : (
            <ScrollRegion stickyFirst className="mt-4">
              <table className="tabular w-full min-w-[40rem] text-left text-sm" data-testid="target-table">
                <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                  <tr>
                    <th className="px-2 py-2 font-medium">#</th>
                    <th className="px-2 py-2 font-medium">{t("customerKey")}</th>
                    <th className="px-2 py-2 text-right font-medium">{t("pAlive")}</th>
                    <th className="px-2 py-2 text-right font-medium">{t("expectedSpend")}</th>
                    <th className="px-2 py-2 text-right font-medium">{t("targets.score")}</th>
                    <th className="px-2 py-2 text-right font-medium">{t("targets.lastOrder")}</th>
                    <th className="px-2 py-2 text-right font-medium">{t("targets.orders")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.customers.map((c, i) => (
                    <tr key={c.customerKey}>
                      <td className="px-2 py-1.5 text-slate-500">{i + 1}</td>
                      <td className="px-2 py-1.5 font-mono text-xs">{c.customerKey}</td>
                      <td className="px-2 py-1.5 text-right">{f.percent(c.pAlive, 0)}</td>
                      <td className="px-2 py-1.5 text-right">{f.money(c.expectedSpend)}</td>
                      <td className="px-2 py-1.5 text-right">{f.money(c.score)}</td>
                      <td className="px-2 py-1.5 text-right">{f.instant(c.lastOrderAt)}</td>
                      <td className="px-2 py-1.5 text-right">{f.count(c.orders)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.size > data.customers.length && (
                <p className="mt-2 text-xs text-slate-500">{t("targets.more", { shown: f.count(data.customers.length), size: f.count(data.size) })}</p>
              )}
            </ScrollRegion>
          )}
        </Card>
      )}
    </section>
  );
}
