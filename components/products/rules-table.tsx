"use client";

import {
  columnVisibilityFeature,
  createPaginatedRowModel,
  rowPaginationFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnVisibilityState,
  type PaginationState,
} from "@tanstack/react-table";
import clsx from "clsx";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { useReportView } from "@/components/report-view/report-view";
import type { ProductRule, ProductsReport } from "@/db/queries/products/get-products-report";
import { RULE_SORTS, type RuleSort } from "@/lib/basket/products-query";
import { PriceFitBadge } from "./price-fit-badge";
import type { RuleFormat } from "./use-rule-format";
import { DataText } from "@/components/ui/data-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

const th = "px-2 py-2 font-medium";
const sub = "block text-[11px] text-slate-500";
const PAGE_SIZES = [25, 50, 100, 500];

// Client-side pages and a column choice over the rules one answer carries (at most 500, sorted on the server).
const features = tableFeatures({ columnVisibilityFeature, rowPaginationFeature, paginatedRowModel: createPaginatedRowModel() });
type Column = ColumnDef<typeof features, ProductRule>;
const RIGHT = new Set(["count", "support", "confidence", "lift", "leverage", "conviction", "significance", "bundle"]);

type Props = { report: ProductsReport; sort: RuleSort; onSort?: (sort: RuleSort) => void; f: RuleFormat };

/** Every measure of every rule, each with the counts it is made of, a page at a time; the sortable measures
 * sort on the server, since the row limit keeps the top rules by the chosen measure. */
export function RulesTable({ report, sort, onSort, f }: Props) {
  const t = useTranslations("products");
  const products = report.level === "product";
  const n = report.transactions;
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: PAGE_SIZES[0] });
  // Conviction is the least read measure: off at first, so every other column fits a 1440 px screen.
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>({ conviction: false });

  const columns = useMemo((): Column[] => {
    const sortable = (measure: RuleSort) =>
      function SortHeader() {
        return (
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
        );
      };
    const all: Column[] = [
      {
        id: "rule",
        header: () => t("columns.rule"),
        enableHiding: false,
        cell: ({ row: { original: r } }) => (
          <>
            <RuleItems rule={r} products={products} />
            {products && r.antecedent.length === 1 && <TargetLink x={r.antecedent[0].key} y={r.consequent.key} />}
          </>
        ),
      },
      {
        id: "count",
        header: () => t("columns.count"),
        cell: ({ row: { original: r } }) => (
          <>
            {f.count(r.count)}
            <span className={sub}>{t("basketsWith", { x: f.count(r.antecedentCount), y: f.count(r.consequentCount) })}</span>
          </>
        ),
      },
      {
        id: "support",
        header: sortable("support"),
        cell: ({ row: { original: r } }) => (
          <span data-testid="rule-support">
            <span className="font-medium">{f.share(r.support)}</span>
            <span className={sub}>{`${f.count(r.count)} / ${f.count(n)}`}</span>
          </span>
        ),
      },
      {
        id: "confidence",
        header: sortable("confidence"),
        cell: ({ row: { original: r } }) => (
          <span data-testid="rule-confidence">
            <span className="font-medium">{f.share(r.confidence, 1)}</span>
            <span className={sub}>{`${f.count(r.count)} / ${f.count(r.antecedentCount)}`}</span>
          </span>
        ),
      },
      {
        id: "lift",
        header: sortable("lift"),
        cell: ({ row: { original: r } }) => (
          <>
            <span className="font-medium" data-testid="rule-lift">
              {f.ratio(r.lift)}
            </span>
            <span className={sub}>{`${f.share(r.confidence, 1)} / ${f.share(r.consequentCount / n, 1)}`}</span>
          </>
        ),
      },
      { id: "leverage", header: sortable("leverage"), cell: ({ row: { original: r } }) => f.share(r.leverage, 3) },
      { id: "conviction", header: () => t("columns.conviction"), cell: ({ row: { original: r } }) => f.ratio(r.conviction) },
      {
        id: "significance",
        header: () => t("columns.significance"),
        cell: ({ row: { original: r } }) => (
          <>
            <span className={clsx(r.qValue > 0.05 && "text-amber-700")}>{`p ${f.probability(r.pValue)}`}</span>
            <span className={sub}>
              {`q ${f.probability(r.qValue)}`}
              {r.qValue > 0.05 && <span className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold uppercase text-amber-800">{t("chance")}</span>}
            </span>
          </>
        ),
      },
    ];
    if (!products) return all;
    return [
      ...all,
      { id: "priceRange", header: () => t("columns.priceRange"), cell: ({ row: { original: r } }) => <PriceFitBadge fit={r.priceFit} f={f} /> },
      {
        id: "bundle",
        header: () => t("columns.bundle"),
        cell: ({ row: { original: r } }) =>
          r.bundle ? (
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
          ),
      },
    ];
  }, [t, f, products, n, sort, onSort]);

  const table = useTable({
    features,
    columns,
    data: report.rules,
    state: { pagination, columnVisibility },
    onPaginationChange: setPagination,
    onColumnVisibilityChange: setColumnVisibility,
  });
  const rows = table.getRowModel().rows;
  const first = pagination.pageIndex * pagination.pageSize;
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());

  return (
    <div className="space-y-3">
      <details className="text-sm print:hidden">
        <summary className="cursor-pointer text-slate-700">{t("chooseColumns")}</summary>
        <fieldset className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          <legend className="sr-only">{t("chooseColumns")}</legend>
          {hideable.map((c) => (
            <label key={c.id} className="flex items-center gap-1.5 text-slate-700">
              <input type="checkbox" checked={c.getIsVisible()} onChange={c.getToggleVisibilityHandler()} />
              {t(`columns.${c.id as "count"}`)}
            </label>
          ))}
        </fieldset>
      </details>
      {/* On a phone each rule is a card with its measures beneath it; the table needs 64rem. */}
      <div className="space-y-2 md:hidden print:hidden">
        {onSort && (
          <label className="flex items-center gap-2 text-sm text-slate-700 print:hidden">
            {t("sortLabel")}
            <select className="rounded-md border border-slate-300 bg-white px-2 py-1" value={sort} onChange={(e) => onSort(e.target.value as RuleSort)}>
              {RULE_SORTS.map((m) => (
                <option key={m} value={m}>
                  {t(`columns.${m}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <ul className="tabular divide-y divide-slate-100 text-sm" data-testid="rules-cards">
          {rows.map((row) => (
            <li key={row.id} className="py-3" data-testid={`rule-card-${row.index}`}>
              {row
                .getVisibleCells()
                .filter((cell) => cell.column.id === "rule")
                .map((cell) => (
                  <table.FlexRender key={cell.id} cell={cell} />
                ))}
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2">
                {row
                  .getVisibleCells()
                  .filter((cell) => cell.column.id !== "rule")
                  .map((cell) => (
                    <div key={cell.id}>
                      <dt className="text-[11px] uppercase text-slate-500">{t(`columns.${cell.column.id as "count"}`)}</dt>
                      <dd>
                        <table.FlexRender cell={cell} />
                      </dd>
                    </div>
                  ))}
              </dl>
            </li>
          ))}
        </ul>
      </div>
      <ScrollRegion className="hidden md:block print:block">
        <table className="tabular w-full min-w-[64rem] text-left text-sm" data-testid="rules-table">
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = (RULE_SORTS as readonly string[]).includes(id) ? (sort === id ? "descending" : "none") : undefined;
                  return (
                    <th key={header.id} className={clsx(th, RIGHT.has(id) && "text-right")} aria-sort={sorted}>
                      <table.FlexRender header={header} />
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const r = row.original;
              return (
                <tr key={`${r.antecedent.map((x) => x.key).join("+")}>${r.consequent.key}`} data-testid={`rule-row-${row.index}`} className="align-top">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={clsx("px-2 py-2", RIGHT.has(cell.column.id) && "text-right")}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {report.rules.length > PAGE_SIZES[0] && (
        <nav className="flex flex-wrap items-center gap-3 text-sm print:hidden" aria-label={t("pages")}>
          <span data-testid="rules-page">
            {t("pageOf", { from: f.count(first + 1), to: f.count(first + rows.length), total: f.count(report.rules.length) })}
          </span>
          <Button variant="secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            {t("previousPage")}
          </Button>
          <Button variant="secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {t("nextPage")}
          </Button>
          <label className="flex items-center gap-2 text-slate-700">
            {t("rowsPerPage")}
            <select
              className="rounded-md border border-slate-300 bg-white px-2 py-1"
              value={pagination.pageSize}
              onChange={(e) => table.setPageSize(Number(e.target.value))}
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
        </nav>
      )}
    </div>
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
