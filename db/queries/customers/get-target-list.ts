import type { Db } from "../../client";
import { getDataRange } from "../kpis/get-data-range";
import { rankTargets, type RankedTarget, type TargetScore } from "@/lib/customers/rank-targets";
import { toOpportunity, type TargetQuery } from "@/lib/customers/schemas";
import { AppFailure } from "@/lib/result";
import { getClvScores } from "./get-clv-scores";
import { getExpectedOrderValue, type ExpectedOrderValue } from "./get-expected-order-value";
import { getTargetCandidates } from "./get-target-candidates";
import { resolveTargetOpportunity, type ResolvedOpportunity } from "./resolve-target-opportunity";

export type TargetList = {
  opportunity: ResolvedOpportunity;
  ranking: "model" | "recency_frequency";
  /** Why the model ranking is not used, when it is not. */
  rankingNote: string | null;
  /** Qualifying customers who may be contacted. */
  size: number;
  excludedOptedOut: number;
  expectedOrderValue: ExpectedOrderValue;
  /** Σ over the list of P(alive) × expected order value of the target product; null without the model. */
  expectedRevenue: number | null;
  /** The best `limit` customers of the list. */
  customers: RankedTarget[];
};

/** The target list section: who qualifies, who is left out for opting out, and the best to
 * contact first by P(alive) × expected spend (recency and frequency when there is no model). */
export function getTargetList(db: Db, workspace: { id: number; timezone: string }, q: TargetQuery): TargetList {
  const range = getDataRange(db, workspace.id, workspace.timezone);
  if (!range) throw new AppFailure("invalid_input", "There are no counted orders yet: import orders to build a target list.");
  const { resolved, targetIds, rule } = resolveTargetOpportunity(db, workspace.id, toOpportunity(q), { lastDay: range.last, timeZone: workspace.timezone });
  const clv = getClvScores(db, workspace, q);
  let scores: Map<string, TargetScore> | null = null;
  if (clv.customers) scores = new Map(clv.customers.map((c) => [c.customerId, { pAlive: c.pAlive, expectedSpend: c.expectedSpend }]));
  const expectedOrderValue = getExpectedOrderValue(db, targetIds);
  const ranked = rankTargets(getTargetCandidates(db, workspace.id, rule), scores, expectedOrderValue.value);
  return {
    opportunity: resolved,
    ranking: ranked.ranking,
    rankingNote: clv.fit.ok ? null : clv.fit.error.message,
    size: ranked.size,
    excludedOptedOut: ranked.excludedOptedOut,
    expectedOrderValue,
    expectedRevenue: ranked.expectedRevenue,
    customers: ranked.customers.slice(0, q.limit),
  };
}
