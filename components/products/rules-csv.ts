import type { ProductsReport } from "@/db/queries/products/get-products-report";
import { toCsv, type Cell } from "@/lib/csv/to-csv";

export const RULES_CSV_HEADER = [
  "antecedent",
  "antecedent_keys",
  "consequent",
  "consequent_key",
  "count",
  "antecedent_count",
  "consequent_count",
  "transactions",
  "support",
  "confidence",
  "lift",
  "leverage",
  "conviction",
  "p_value",
  "q_value",
  "price_range",
  "bundle_list_price",
  "bundle_price",
  "bundle_discount",
] as const;

/** The table as shown, full precision, for a spreadsheet (header first). */
export function rulesToRows(report: ProductsReport): Cell[][] {
  const rows: Cell[][] = report.rules.map((r) => [
    r.antecedent.map((i) => i.name).join(" + "),
    r.antecedent.map((i) => i.key).join(" + "),
    r.consequent.name,
    r.consequent.key,
    r.count,
    r.antecedentCount,
    r.consequentCount,
    report.transactions,
    r.support,
    r.confidence,
    r.lift,
    r.leverage,
    r.conviction, // empty when infinite
    r.pValue,
    r.qValue,
    r.priceFit?.position ?? null,
    r.bundle?.listPrice ?? null,
    r.bundle?.bundlePrice ?? null,
    r.bundle?.discount ?? null,
  ]);
  return [[...RULES_CSV_HEADER], ...rows];
}

/** The same as CSV text; names stay text even when they start like a formula. */
export const rulesToCsv = (report: ProductsReport): string => toCsv(rulesToRows(report));
