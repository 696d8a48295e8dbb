import type { Db } from "../../client";
import { dayOf } from "@/lib/kpi/period";
import { resolveView } from "@/lib/kpi/resolve-view";
import type { OffersQuery } from "@/lib/offers/offers-query";
import { shapeFunnel, type FunnelRow } from "@/lib/offers/shape-funnel";
import { shapeSatisfaction, type SatisfactionReport } from "@/lib/offers/shape-satisfaction";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { getDataRange } from "../kpis/get-data-range";
import type { AbTestListing } from "./compute-ab-tests";
import { listAbTests } from "./list-ab-tests";
import { listCampaigns } from "../campaigns/list-campaigns";
import { getOfferFunnels } from "./get-offer-funnel";
import { getSatisfactionCounts } from "./get-satisfaction-counts";
import { defaultSegmentDimension } from "../segments/default-dimension";

export type OffersReport = {
  period: { from: string; to: string };
  dataRange: { first: string; last: string } | null;
  dimension: SegmentDimension;
  funnel: { campaign: FunnelRow[]; placement: FunnelRow[]; segment: FunnelRow[] };
  /** Campaigns with two or more variants shown an offer: the A/B tests (over each campaign's whole run). */
  tests: AbTestListing[];
  satisfaction: SatisfactionReport;
};

/** The Offers & A/B tests page, minus the one test being read (getAbTest). With no breakdown named, the
 * workspace's data chooses it (defaultSegmentDimension). */
export function getOffersReport(db: Db, workspace: { id: number; timezone: string }, q: OffersQuery, now = Date.now()): OffersReport {
  const dataRange = getDataRange(db, workspace.id, workspace.timezone);
  const { period } = resolveView({ ...q, compare: "none" }, dataRange, workspace.timezone, dayOf(now, workspace.timezone));
  const tests = listAbTests(db, workspace.id);
  const by = q.by ?? defaultSegmentDimension(db, workspace.id);
  const funnels = getOfferFunnels(db, workspace.id, period, by);
  return {
    period: { from: period.from, to: period.to },
    dataRange,
    dimension: by,
    funnel: { campaign: shapeFunnel(funnels.campaign), placement: shapeFunnel(funnels.placement), segment: shapeFunnel(funnels.segment) },
    tests,
    satisfaction: shapeSatisfaction(getSatisfactionCounts(db, workspace.id, period, workspace.timezone), listCampaigns(db, workspace.id)),
  };
}
