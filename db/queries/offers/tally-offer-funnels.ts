import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { FunnelCounts } from "@/lib/offers/shape-funnel";
import { compareBinary } from "@/lib/segments/merge-by-value";
import { eachRow } from "../../sqlite/each-row";
import { tallyOffset, type CustomerValueCodes } from "../segments/customer-value-codes";

type Tally = Omit<FunnelCounts, "key" | "label">;
/** A value's funnel before its spellings are merged: `raw` is its stored spelling or code. */
export type SegmentFunnel = Tally & { raw: unknown };

const zero = (): Tally => ({ shown: 0, accepted: 0, purchased: 0, customers: 0, revenue: 0 });

/**
 * The campaign, placement and segment funnels of getOfferFunnels in one pass over `shown` (a table or
 * subquery of shownOffersSql rows), instead of four grouped statements over it: SQLite groups by sorting,
 * and counting distinct customers sorted the period's offers once more per grouping. Campaigns and
 * placements come ordered as the grouped statement orders them (most shown first, then by key); segment
 * values are raw, to be merged by spelling.
 */
export function tallyOfferFunnels(
  db: Db,
  shown: SQL,
  customers: CustomerValueCodes,
): { campaign: FunnelCounts[]; placement: FunnelCounts[]; segment: SegmentFunnel[] } {
  const byCampaign = new Map<string, { label: string; tally: Tally; customers: Set<number> }>();
  const byPlacement = new Map<string, { tally: Tally; customers: Set<number> }>();
  const { raws } = customers;
  // Per value: shown, accepted, purchased, customers, revenue; a customer counts once, at their first offer.
  const segment = new Float64Array((raws.length + 1) * 5);
  const seen = new Uint8Array(customers.codes.length);
  const at = tallyOffset(customers, 5);
  const add = (t: Tally, accepted: number, purchased: number, revenue: number | null) => {
    t.shown++;
    t.accepted += accepted;
    t.purchased += purchased;
    if (revenue !== null) t.revenue += revenue;
  };
  eachRow(
    db,
    [sql`campaign_key`, sql`name`, sql`placement`, sql`customer_id`, sql`accepted`, sql`purchased`, sql`revenue`],
    shown,
    (campaignKey, name, placement, customerId, accepted, purchased, revenue) => {
      const a = accepted as number;
      const p = purchased as number;
      const r = revenue as number | null;
      const id = customerId as number;
      let campaign = byCampaign.get(campaignKey as string);
      // A campaign key is one campaign's (campaigns_key_uq): one name.
      if (!campaign) byCampaign.set(campaignKey as string, (campaign = { label: name as string, tally: zero(), customers: new Set() }));
      add(campaign.tally, a, p, r);
      campaign.customers.add(id);
      let place = byPlacement.get(placement as string);
      if (!place) byPlacement.set(placement as string, (place = { tally: zero(), customers: new Set() }));
      add(place.tally, a, p, r);
      place.customers.add(id);
      const o = at(id);
      segment[o]++;
      segment[o + 1] += a;
      segment[o + 2] += p;
      if (r !== null) segment[o + 4] += r;
      const i = id - customers.lo;
      if (o !== 0 && !seen[i]) {
        seen[i] = 1;
        segment[o + 3]++;
      }
    },
  );
  const ordered = (rows: FunnelCounts[]) => rows.sort((x, y) => y.shown - x.shown || compareBinary(x.key, y.key));
  const values: SegmentFunnel[] = [];
  for (let code = 1; code <= raws.length; code++) {
    const o = code * 5;
    if (segment[o] === 0) continue;
    values.push({
      raw: raws[code - 1],
      shown: segment[o],
      accepted: segment[o + 1],
      purchased: segment[o + 2],
      customers: segment[o + 3],
      revenue: segment[o + 4],
    });
  }
  return {
    campaign: ordered([...byCampaign].map(([key, c]) => ({ key, label: c.label, ...c.tally, customers: c.customers.size }))),
    placement: ordered([...byPlacement].map(([key, p]) => ({ key, label: key, ...p.tally, customers: p.customers.size }))),
    segment: values,
  };
}
