"use client";

import clsx from "clsx";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useReportView } from "@/components/report-view/report-view";
import type { ProductRule, ProductsReport } from "@/db/queries/products/get-products-report";
import type { RuleSort } from "@/lib/basket/products-query";
import { PriceFitBadge } from "./price-fit-badge";
import type { RuleFormat } from "./use-rule-format";
import { DataText } from "@/components/ui/data-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

const th = "px-2 py-2 font-medium";
const sub = "block text-[11px] text-slate-500";

type Props = { report: ProductsReport; sort: RuleSort; onSort?: (sort: RuleSort) => void; f: RuleFormat };

/** Every measure of every rule, each with the counts it is made of; the sortable measures sort on the server,
 * since the row limit keeps the top rules by the chosen measure. */
export function RulesTable({ report, sort, onSort, f }: Props) {
  const t = useTranslations("products");
  const products = report.level === "product";
  const n = report.transactions;
  const sortable = (measure: RuleSort) => (
    <th className={clsx(th, "text-right")} aria-sort={sort === measure ? "descending" : "none"}>
      <button
        type="button"
        className={clsx("uppercase hover:text-slate-800", sort === measure && "text-slate-900")}
        disabled={!onSort}
        onClick={() => onSort?.(measure)}
        title={t("sortBy", { measure: t(`columns.${measure}`) })}
      >
        {t(`columns.${measure}`)}
        {sort === measure ? " ↓" : ""}
      </button>
    </th>
  );
  return (
    <ScrollRegion>
      <table className="tabular w-full min-w-[72rem] text-left text-sm" data-testid="rules-table">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th className={th}>{t("columns.rule")}</th>
            <th className={clsx(th, "text-right")}>{t("columns.count")}</th>
            {sortable("support")}
            {sortable("confidence")}
            {sortable("lift")}
            {sortable("leverage")}
            <th className={clsx(th, "text-right")}>{t("columns.conviction")}</th>
            <th className={clsx(th, "text-right")}>{t("columns.significance")}</th>
            {products && <th className={th}>{t("columns.priceRange")}</th>}
            {products && <th className={clsx(th, "text-right")}>{t("columns.bundle")}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {report.rules.map((r, i) => (
            <tr key={`${r.antecedent.map((x) => x.key).join("+")}>${r.consequent.key}`} data-testid={`rule-row-${i}`} className="align-top">
              <td className="px-2 py-2">
                <RuleItems rule={r} products={products} />
                {products && r.antecedent.length === 1 && <TargetLink x={r.antecedent[0].key} y={r.consequent.key} />}
              </td>
              <td className="px-2 py-2 text-right">
                {f.count(r.count)}
                <span className={sub}>{t("basketsWith", { x: f.count(r.antecedentCount), y: f.count(r.consequentCount) })}</span>
              </td>
              <td className="px-2 py-2 text-right" data-testid="rule-support">
                <span className="font-medium">{f.share(r.support)}</span>
                <span className={sub}>{`${f.count(r.count)} / ${f.count(n)}`}</span>
              </td>
              <td className="px-2 py-2 text-right" data-testid="rule-confidence">
                <span className="font-medium">{f.share(r.confidence, 1)}</span>
                <span className={sub}>{`${f.count(r.count)} / ${f.count(r.antecedentCount)}`}</span>
              </td>
              <td className="px-2 py-2 text-right">
                <span className="font-medium" data-testid="rule-lift">
                  {f.ratio(r.lift)}
                </span>
                <span className={sub}>{`${f.share(r.confidence, 1)} / ${f.share(r.consequentCount / n, 1)}`}</span>
              </td>
              <td className="px-2 py-2 text-right">{f.share(r.leverage, 3)}</td>
              <td className="px-2 py-2 text-right">{f.ratio(r.conviction)}</td>
              <td className="px-2 py-2 text-right">
                <span className={clsx(r.qValue > 0.05 && "text-amber-700")}>{`p ${f.probability(r.pValue)}`}</span>
                <span className={sub}>
                  {`q ${f.probability(r.qValue)}`}
                  {r.qValue > 0.05 && <span className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold uppercase text-amber-800">{t("chance")}</span>}
                </span>
              </td>
              {products && (
                <td className="px-2 py-2">
                  <PriceFitBadge fit={r.priceFit} f={f} />
                </td>
              )}
              {products && (
                <td className="px-2 py-2 text-right">
                  {r.bundle ? (
                    <span
                      title={
                        r.bundle.margin === null
                          ? t("bundleNoCost", { discount: f.share(r.bundle.discount, 0) })
                          : t("bundleMargin", { discount: f.share(r.bundle.discount, 0), margin: f.money(r.bundle.margin) })
                      }
                    >
                      <span className="font-medium">{f.money(r.bundle.bundlePrice)}</span>
                      <span className={sub}>
                        <s>{f.money(r.bundle.listPrice)}</s> −{f.share(r.bundle.discount, 0)}
                      </span>
                    </span>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The customers who bought X but not yet Y: the rule's cross-sell target list (Customers page). */
function TargetLink({ x, y }: { x: string; y: string }) {
  const t = useTranslations("products");
  const href = useReportView().href(`customers?${new URLSearchParams({ opp: "pair", x, y })}#targets`);
  if (!href) return null; // a shared report has no way into the workspace
  return (
    <Link href={href} className="mt-1 inline-block text-xs text-brand-700 hover:underline print:hidden">
      {t("targetList")}
    </Link>
  );
}

function RuleItems({ rule, products }: { rule: ProductRule; products: boolean }) {
  const t = useTranslations("products");
  const name = (item: ProductRule["consequent"]) => (
    <>
      <DataText value={item.name} />
      {products && item.name !== item.key && (
        <span className="ml-1 text-[11px] text-slate-500" data-testid="item-key">
          {item.key}
        </span>
      )}
    </>
  );
  return (
    <span className="block">
      <span className="text-xs text-slate-500">{t("bought")} </span>
      {rule.antecedent.map((item, i) => (
        <span key={item.key}>
          {i > 0 && " + "}
          {name(item)}
        </span>
      ))}
      <span className="block">
        <span className="text-xs text-slate-500">{t("alsoBought")} </span>
        <span className="font-medium">{name(rule.consequent)}</span>
      </span>
    </span>
  );
}
