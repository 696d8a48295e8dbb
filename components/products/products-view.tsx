"use client";

import { useTranslations } from "next-intl";
import { useReportData } from "@/components/report-view/use-report-data";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { ProductsReport } from "@/db/queries/products/get-products-report";
import type { RuleSort } from "@/lib/basket/products-query";
import { downloadCsv } from "@/lib/csv/download-csv";
import { ProductsFilters } from "./products-filters";
import { RuleDefinitions } from "./rule-definitions";
import { rulesToRows } from "./rules-csv";
import { RulesTable } from "./rules-table";
import { useProductsParams } from "./use-products-params";
import { useRuleFormat } from "./use-rule-format";
import { displayValue } from "@/lib/text/display-value";

export function ProductsView({ currency }: { currency: string }) {
  const t = useTranslations("products");
  const tc = useTranslations("common");
  const f = useRuleFormat(currency);
  const url = useProductsParams();
  const search = url.search;
  const report = useReportData<ProductsReport>("products", search);
  const data = report.data;
  const sort = url.get("sort") as RuleSort;

  function exportCsv() {
    if (!data) return;
    downloadCsv(`products-${data.level}${data.period ? `-${data.period.from}-${data.period.to}` : ""}.csv`, rulesToRows(data));
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("explain")}
        actions={
          <Button variant="secondary" onClick={exportCsv} disabled={!data || data.rules.length === 0}>
            {t("export")}
          </Button>
        }
      />
      <ProductsFilters url={url} dataRange={data?.dataRange ?? null} />
      {report.isError && <Alert tone="error">{tc("loadError", { message: report.error.message })}</Alert>}
      {report.isPending && <p className="text-sm text-slate-500">{tc("loading")}</p>}
      {data && (
        <p className="text-sm text-slate-700" aria-busy={report.isFetching}>
          {t.rich("rulesOver", {
            rules: data.totalRules,
            baskets: f.count(data.transactions),
            minCount: f.count(data.minCount),
            count: (chunks) => (
              <strong className="tabular" data-testid="rules-count">
                {chunks}
              </strong>
            ),
          })}
          {report.isFetching && <span className="ml-2 text-slate-500">{t("updating")}</span>}
        </p>
      )}
      {data && data.skippedBaskets > 0 && <Alert tone="info">{t("skipped", { count: data.skippedBaskets, max: data.maxBasketSize })}</Alert>}
      {/* A snapshot link frozen before lines were left out has no leftOut. */}
      {data && data.leftOut?.names.length > 0 && (
        <p className="text-sm text-slate-600" data-testid="left-out">
          {t("leftOut", {
            names: data.leftOut.names
              .slice(0, 5)
              .map((n) => displayValue(n, 40).label)
              .join(", "),
            more: Math.max(0, data.leftOut.names.length - 5),
            orders: data.leftOut.orders,
          })}
        </p>
      )}
      {data && data.totalRules > data.rules.length && (
        <Alert tone="warning">{t("capped", { shown: f.count(data.rules.length), total: f.count(data.totalRules), measure: t(`columns.${sort}`) })}</Alert>
      )}
      {data && data.rules.length === 0 && <Card>{t("none")}</Card>}
      {data && data.rules.length > 0 && (
        <Card className="min-w-0">
          <RulesTable report={data} sort={sort} onSort={url.locked ? undefined : (s) => url.update({ sort: s })} f={f} />
        </Card>
      )}
      <RuleDefinitions />
    </div>
  );
}
