import { asc, eq } from "drizzle-orm";
import type { Db } from "../../client";
import { campaigns, type CampaignType } from "../../schema";
import { computeRoi } from "@/lib/campaigns/compute-roi";
import { estimateIncrementality, type GroupRevenue, type Incrementality } from "@/lib/campaigns/estimate-incrementality";
import { summarizeMargin, type MarginResult } from "@/lib/campaigns/summarize-margin";
import { kpi, type KpiValue } from "@/lib/kpi/kpis";
import { campaignWindows, getCampaignParts } from "./get-campaign-parts";
import { readSnapshot } from "../../sqlite/read-snapshot";
import type { HoldoutGroup } from "./get-holdout-revenue";

export type CampaignResult = {
  key: string;
  name: string;
  type: CampaignType;
  startDate: string;
  endDate: string | null;
  cost: number | null;
  /** Local days the campaign ran: start..end, or start..the last data day when open-ended; null
   * when it starts after the data. */
  window: { from: string; to: string } | null;
  /** Offers outside the control/holdout variants; the held-out rows are counted apart. */
  offers: {
    shown: number;
    accepted: number;
    usersShown: number;
    usersAccepted: number;
    conversion: KpiValue; // accepted / shown offers
    userConversion: KpiValue; // customers who accepted / customers shown
    heldOut: { offers: number; users: number };
  };
  /** What the offers' own records credit the campaign with (accepted offers only). */
  attributed: { revenue: number; roi: number | null; margin: MarginResult | null };
  /** Treated vs holdout customers over the window; null without a control/holdout group. */
  incremental: (Incrementality & { mixedCustomers: number }) | null;
};

const EMPTY_GROUP: GroupRevenue = { customers: 0, revenueSum: 0, revenueSumOfSquares: 0 };

/** Results of every campaign of the workspace (or just `campaign`), by start date. */
export function getCampaignResults(db: Db, workspaceId: number, timeZone: string, opts: { campaign?: string } = {}): CampaignResult[] {
  // One snapshot: the windows and the kept parts must describe the same data.
  return readSnapshot(db, () => campaignResults(db, workspaceId, timeZone, opts));
}

function campaignResults(db: Db, workspaceId: number, timeZone: string, opts: { campaign?: string }): CampaignResult[] {
  const all = db
    .select({
      id: campaigns.id,
      key: campaigns.campaignKey,
      name: campaigns.name,
      type: campaigns.type,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
      cost: campaigns.cost,
    })
    .from(campaigns)
    .where(eq(campaigns.workspaceId, workspaceId))
    .orderBy(asc(campaigns.startDate), asc(campaigns.campaignKey))
    .all();
  const list = all.filter((c) => opts.campaign === undefined || c.key === opts.campaign);
  if (list.length === 0) return [];

  // The parts cover every campaign, whichever `campaign` is asked for.
  const windows = campaignWindows(db, workspaceId, timeZone, all);
  const parts = getCampaignParts(db, workspaceId, timeZone, windows);
  const stats = new Map(parts.stats.map((s) => [s.campaignId, s]));
  const margins = new Map(parts.margins.map((m) => [m.campaignId, m]));
  const groups = new Map<string, GroupRevenue>();
  for (const g of parts.holdout) groups.set(`${g.campaignId}:${g.group}`, g);
  const group = (id: number, g: HoldoutGroup) => groups.get(`${id}:${g}`) ?? EMPTY_GROUP;

  return list.map((c) => {
    const s = stats.get(c.id);
    const window = windows.get(c.id);
    const incremental = estimateIncrementality(group(c.id, "treated"), group(c.id, "control"), c.cost);
    const attributedRevenue = s?.attributedRevenue ?? 0;
    return {
      key: c.key,
      name: c.name,
      type: c.type,
      startDate: c.startDate,
      endDate: c.endDate,
      cost: c.cost,
      window: window ? { from: window.from, to: window.to } : null,
      offers: {
        shown: s?.shown ?? 0,
        accepted: s?.accepted ?? 0,
        usersShown: s?.usersShown ?? 0,
        usersAccepted: s?.usersAccepted ?? 0,
        conversion: kpi(s?.accepted ?? 0, s?.shown ?? 0),
        userConversion: kpi(s?.usersAccepted ?? 0, s?.usersShown ?? 0),
        heldOut: { offers: s?.heldOutOffers ?? 0, users: s?.heldOutUsers ?? 0 },
      },
      attributed: { revenue: attributedRevenue, roi: computeRoi(attributedRevenue, c.cost), margin: summarizeMargin(margins.get(c.id), c.cost) },
      incremental: incremental && { ...incremental, mixedCustomers: group(c.id, "mixed").customers },
    };
  });
}
