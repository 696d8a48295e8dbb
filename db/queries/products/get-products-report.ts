import type { Db } from "../../client";
import { assessProductRule, type ProductRuleAdvice } from "@/lib/basket/assess-product-rule";
import { DEFAULT_MAX_BASKET_SIZE, mineRules } from "@/lib/basket/mine-rules";
import { minCountFor } from "@/lib/basket/mine-itemsets";
import { PRODUCTS_ROW_LIMIT, type ProductsQuery } from "@/lib/basket/products-query";
import { sortRules } from "@/lib/basket/sort-rules";
import { dayOf } from "@/lib/kpi/period";
import { resolveView } from "@/lib/kpi/resolve-view";
import { getBaskets } from "./get-baskets";
import { getDataRange } from "../kpis/get-data-range";
import { getProductFacts } from "./get-product-facts";
import { dropItems } from "@/lib/basket/drop-items";
import { basketTotal } from "@/lib/basket/pack-baskets";
import { isNonProductLine } from "@/lib/basket/non-product-lines";

/** A product (key = sku) or a category (key = its name). */
export type RuleItem = { key: string; name: string };

/** "Customers who bought X also bought Y": the counts behind each measure, and for products the advice. */
export type ProductRule = {
  antecedent: RuleItem[];
  consequent: RuleItem;
  /** Baskets with X and Y, with X, with Y; the transactions of the report are the fourth count. */
  count: number;
  antecedentCount: number;
  consequentCount: number;
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  /** null when infinite: every basket with X holds Y. */
  conviction: number | null;
  pValue: number;
  qValue: number;
} & ProductRuleAdvice;

export type ProductsReport = {
  level: ProductsQuery["level"];
  /** Baskets mined: counted orders with a purchase line in the period, less the bulk ones. */
  transactions: number;
  /** Orders left out for holding more than maxBasketSize different items. */
  skippedBaskets: number;
  maxBasketSize: number;
  /** Orders a rule needs: the chosen minimum support of the baskets, and at least the chosen minimum orders. */
  minCount: number;
  /** Lines that are no product (postage, fees, vouchers: lib/basket/non-product-lines.ts), by name, left out
   * of every basket; and the orders that held nothing else. */
  leftOut: { names: string[]; orders: number };
  /** Rules passing the filters, before the row limit. */
  totalRules: number;
  limit: number;
  rules: ProductRule[];
  /** The period mined; null is all the data. */
  period: { from: string; to: string } | null;
  dataRange: { first: string; last: string } | null;
};

/** Q-values above this are "chance pairs": at most 5% of the rules kept are expected to be false finds. */
const CHANCE_Q = 0.05;

/** The products page: association rules over counted orders, sorted and capped, with the seeds' advice. */
export function getProductsReport(
  db: Db,
  workspace: { id: number; timezone: string },
  q: ProductsQuery,
  { limit = PRODUCTS_ROW_LIMIT, now = Date.now() }: { limit?: number; now?: number } = {},
): ProductsReport {
  const dataRange = getDataRange(db, workspace.id, workspace.timezone);
  const period =
    q.from || q.to ? resolveView({ from: q.from, to: q.to, compare: "none" }, dataRange, workspace.timezone, dayOf(now, workspace.timezone)).period : null;
  const all = getBaskets(db, workspace.id, q.level, period ?? undefined);
  const { names } = all;
  const productName = productNames(db, workspace.id);
  // A product without a category counts as a category of its own, named by its sku (line-category-sql.ts).
  const nonProductSkus = new Set([...productName].flatMap(([sku, name]) => (isNonProductLine(name) ? [sku] : [])));
  const nameOf = (id: number) => (q.level === "product" || nonProductSkus.has(names[id]) ? (productName.get(names[id]) ?? names[id]) : names[id]);
  const dropped = new Set(names.flatMap((_, id) => (isNonProductLine(nameOf(id)) ? [id] : [])));
  const { baskets, emptied } = dropped.size > 0 ? dropItems(all.baskets, (id) => dropped.has(id)) : { baskets: all.baskets, emptied: 0 };
  const basketCount = basketTotal(baskets);
  // The fewest orders behind a rule, as a share of the baskets: the miner's threshold is a share, and it
  // rounds count × share up, so half an order below keeps floating point from asking for one more.
  const minSupport = Math.min(1, Math.max(q.minSupport, basketCount > 0 ? (q.minOrders - 0.5) / basketCount : q.minSupport));
  const mined = mineRules(baskets, {
    minSupport,
    minConfidence: q.minConfidence,
    minLift: q.minLift,
    minLength: q.minLength,
    maxLength: q.maxLength,
    maxBasketSize: DEFAULT_MAX_BASKET_SIZE,
    maxQ: q.hideChance ? CHANCE_Q : 1,
  });
  const passing = mined.rules.filter((r) => r.count >= q.minOrders);
  const shown = sortRules(passing, q.sort).slice(0, limit);
  const facts =
    q.level === "product"
      ? getProductFacts(
          db,
          workspace.id,
          shown.flatMap((r) => [...r.antecedent.map((i) => names[i]), names[r.consequent]]),
        )
      : null;
  const item = (id: number): RuleItem => ({ key: names[id], name: facts?.get(names[id])?.name ?? names[id] });
  const advice = (antecedent: number[], consequent: number): ProductRuleAdvice => {
    if (!facts) return { priceFit: null, bundle: null };
    const of = (id: number) => facts.get(names[id]) ?? { price: null, cost: null };
    return assessProductRule(antecedent.map(of), of(consequent));
  };

  return {
    level: q.level,
    transactions: mined.transactions,
    skippedBaskets: mined.skippedBaskets,
    maxBasketSize: DEFAULT_MAX_BASKET_SIZE,
    minCount: Math.max(minCountFor(mined.transactions, q.minSupport), q.minOrders),
    leftOut: { names: [...dropped].map(nameOf).sort((a, b) => a.localeCompare(b)), orders: emptied },
    totalRules: passing.length,
    limit,
    rules: shown.map((r) => ({
      antecedent: r.antecedent.map(item),
      consequent: item(r.consequent),
      count: r.count,
      antecedentCount: r.antecedentCount,
      consequentCount: r.consequentCount,
      support: r.support,
      confidence: r.confidence,
      lift: r.lift,
      leverage: r.leverage,
      conviction: Number.isFinite(r.conviction) ? r.conviction : null,
      pValue: r.pValue,
      qValue: r.qValue,
      ...advice(r.antecedent, r.consequent),
    })),
    period: period && { from: period.from, to: period.to },
    dataRange,
  };
}

/** Each product's name by sku: a basket item is a sku, and what it is shows in its name. */
/** Each product's name, or its SKU when its lines gave none (UCI's guest lines hold some without a Description). */
function productNames(db: Db, workspaceId: number): Map<string, string> {
  return new Map(db.$client.prepare("SELECT sku, coalesce(name, sku) FROM products WHERE workspace_id = ?").raw().all(workspaceId) as [string, string][]);
}
