import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { AbTestQuery } from "@/lib/offers/offers-query";
import { splitHoldout } from "@/lib/offers/split-holdout";
import { AppFailure } from "@/lib/result";
import type { AbTestAnalysis } from "@/lib/stats/ab-test-types";
import { analyzeAbTest } from "@/lib/stats/analyze-ab-test";
import { getAbVariantStats, type VariantStats } from "./get-ab-variant-stats";

export type AbTestReport = {
  campaign: { key: string; name: string; type: string };
  /** Control/holdout groups never shown the offer: left out of the test (see splitHoldout). */
  heldOut: Pick<VariantStats, "name" | "users">[];
  analysis: AbTestAnalysis;
};

/** The A/B test of one campaign's variants, shared by the Offers page and `cli abtest`. */
export function getAbTest(db: Db, workspace: { id: number; slug: string }, q: AbTestQuery): AbTestReport {
  const [stats] = getAbVariantStats(db, workspace.id, q.campaign);
  if (!stats) {
    const exists = db.get(sql`SELECT 1 FROM campaigns WHERE workspace_id = ${workspace.id} AND campaign_key = ${q.campaign}`);
    if (!exists) throw new AppFailure("not_found", `No campaign "${q.campaign}" in workspace "${workspace.slug}".`);
    throw new AppFailure("invalid_input", `Campaign "${q.campaign}" has no offers yet; import its offers file first.`);
  }
  const { tested, heldOut } = splitHoldout(stats.variants);
  if (tested.length < 2) {
    throw new AppFailure(
      "invalid_input",
      `Campaign "${q.campaign}" has ${tested.length} variant(s) shown an offer${heldOut.length ? ` (plus a holdout)` : ""}; an A/B test needs at least two.`,
    );
  }
  // A planned split may name the holdout too (A=45,B=45,control=10): the test uses the tested arms' weights.
  const split = q.split && Object.fromEntries(Object.entries(q.split).filter(([name]) => !heldOut.some((h) => h.name === name)));
  return {
    campaign: { key: stats.key, name: stats.name, type: stats.type },
    heldOut: heldOut.map((h) => ({ name: h.name, users: h.users })),
    analysis: analyzeAbTest({ variants: tested, control: q.control, plannedSplit: split }),
  };
}
