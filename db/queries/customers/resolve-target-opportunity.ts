import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { Opportunity } from "@/lib/customers/schemas";
import { localMidnight, shiftDay } from "@/lib/kpi/period";
import { AppFailure } from "@/lib/result";
import { familyTiersSql } from "./family-tiers-sql";

export type ProductRef = { sku: string; name: string | null; price: number | null };
type Product = ProductRef & { id: number };

/** An opportunity with its products looked up: what qualifies a customer and what is offered. */
export type ResolvedOpportunity = (
  | { kind: "pair"; x: ProductRef; y: ProductRef }
  | { kind: "upgrade"; family: string; tier: number; nextTier: number }
  | { kind: "deep"; sku: ProductRef; days: number; daysSource: "chosen" | "mean_interval" | "default"; meanIntervalDays: number | null }
) & {
  /** The product(s) offered: y, the next tier's products, or the consumable itself. */
  target: ProductRef[];
};

/** What qualifies a customer, in product ids: the input of getTargetCandidates. */
export type QualifyRule =
  | { kind: "pair"; boughtId: number; notBoughtId: number }
  | { kind: "upgrade"; family: string; tier: number }
  /** Bought the sku, but last before `beforeMs` (the first instant of the last `days` days of data). */
  | { kind: "deep"; productId: number; beforeMs: number };

/** Without re-purchases to learn from, "not recently" means 90 days. */
export const DEFAULT_LAPSE_DAYS = 90;
const DAY_MS = 86_400_000;

const ref = ({ sku, name, price }: Product): ProductRef => ({ sku, name, price });

function findProduct(db: Db, workspaceId: number, sku: string, field: string): Product {
  const p = db.get<Product | undefined>(sql`SELECT id, sku, name, price FROM products WHERE workspace_id = ${workspaceId} AND sku = ${sku}`);
  if (!p) throw new AppFailure("invalid_input", `No product with sku "${sku}" in this workspace; check the products file.`, field);
  return p;
}

/** Looks the opportunity's products up (a clear error for an unknown sku, family or tier) and
 * returns the rule the qualification query needs beside the resolved opportunity. */
export function resolveTargetOpportunity(
  db: Db,
  workspaceId: number,
  o: Opportunity,
  /** The last day of data and the workspace's time zone: "not recently" counts back from there. */
  asOf: { lastDay: string; timeZone: string },
): { resolved: ResolvedOpportunity; targetIds: number[]; rule: QualifyRule } {
  if (o.kind === "pair") {
    const x = findProduct(db, workspaceId, o.x, "x");
    const y = findProduct(db, workspaceId, o.y, "y");
    return { resolved: { kind: "pair", x: ref(x), y: ref(y), target: [ref(y)] }, targetIds: [y.id], rule: { kind: "pair", boughtId: x.id, notBoughtId: y.id } };
  }
  if (o.kind === "upgrade") {
    const rows = db.all<Product & { tier: number | null }>(sql`
      WITH ${familyTiersSql(workspaceId)}
      SELECT p.id, p.sku, p.name, p.price, t.tier FROM tiers t JOIN products p ON p.id = t.product_id
      WHERE t.family = ${o.family} ORDER BY t.tier, p.sku`);
    if (rows.length === 0) throw new AppFailure("invalid_input", `No product family "${o.family}" in this workspace.`, "family");
    const tiers = [...new Set(rows.map((r) => r.tier).filter((t): t is number => t !== null))];
    if (!tiers.includes(o.tier))
      throw new AppFailure("invalid_input", `Family "${o.family}" has no tier ${o.tier}; its tiers are ${tiers.join(", ")}.`, "tier");
    const nextTier = tiers.find((t) => t > o.tier);
    if (nextTier === undefined)
      throw new AppFailure("invalid_input", `Tier ${o.tier} is the highest tier of "${o.family}": there is nothing to upgrade to.`, "tier");
    const next = rows.filter((r) => r.tier === nextTier);
    return {
      resolved: { kind: "upgrade", family: o.family, tier: o.tier, nextTier, target: next.map(ref) },
      targetIds: next.map((r) => r.id),
      rule: { kind: "upgrade", family: o.family, tier: o.tier },
    };
  }
  const s = findProduct(db, workspaceId, o.sku, "sku");
  // Mean days between a customer's consecutive counted orders of the sku: Σ (last − first) ÷
  // Σ (orders − 1) over customers who bought it more than once (as in getTargetOptions).
  const gap = db.get<{ mean: number | null }>(sql`
    SELECT sum(span) / nullif(sum(orders - 1), 0) AS mean FROM (
      SELECT count(DISTINCT f.order_id) AS orders, max(f.ordered_at) - min(f.ordered_at) AS span
      FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
      WHERE l.product_id = ${s.id} AND l.quantity > 0 AND f.counted
      GROUP BY f.customer_id HAVING orders >= 2
    )`);
  const meanIntervalDays = gap.mean === null ? null : gap.mean / DAY_MS;
  const days = o.days ?? (meanIntervalDays === null ? DEFAULT_LAPSE_DAYS : Math.max(1, Math.ceil(meanIntervalDays)));
  const daysSource = o.days !== null ? "chosen" : meanIntervalDays === null ? "default" : "mean_interval";
  return {
    resolved: { kind: "deep", sku: ref(s), days, daysSource, meanIntervalDays, target: [ref(s)] },
    targetIds: [s.id],
    rule: { kind: "deep", productId: s.id, beforeMs: localMidnight(shiftDay(asOf.lastDay, 1 - days), asOf.timeZone) },
  };
}
