import type { WelchResult } from "@/lib/stats/welch";
import { EMPTY_SATISFACTION, compareSatisfaction, summarizeSatisfaction, type Satisfaction, type SatisfactionCounts } from "./summarize-satisfaction";

/** A group of ratings as SQL returns it (db/queries/offers/get-satisfaction-counts.ts). */
export type SatisfactionGroup = SatisfactionCounts & { dim: "offered" | "campaign" | "month" | "offers_seen"; key: string; offered: number };

export const OFFERS_SEEN_BUCKETS = ["0", "1-2", "3-5", "6+"] as const;

export type SatisfactionReport = {
  offered: Satisfaction;
  notOffered: Satisfaction;
  /** Offered − not offered in average score (0–10), with its 95% interval. */
  difference: WelchResult | null;
  /** Per campaign: ratings by customers shown its offer before rating, against all never-offered ratings. */
  campaigns: { key: string; name: string; offered: Satisfaction; difference: WelchResult | null }[];
  months: { month: string; offered: Satisfaction; notOffered: Satisfaction }[];
  offersSeen: { bucket: (typeof OFFERS_SEEN_BUCKETS)[number]; satisfaction: Satisfaction }[];
};

export function shapeSatisfaction(groups: readonly SatisfactionGroup[], campaigns: readonly { key: string; name: string }[]): SatisfactionReport {
  const find = (dim: SatisfactionGroup["dim"], key: string, offered: number): SatisfactionCounts =>
    groups.find((g) => g.dim === dim && g.key === key && g.offered === offered) ?? EMPTY_SATISFACTION;
  const offered = find("offered", "", 1);
  const notOffered = find("offered", "", 0);
  const months = [...new Set(groups.filter((g) => g.dim === "month").map((g) => g.key))].sort();
  return {
    offered: summarizeSatisfaction(offered),
    notOffered: summarizeSatisfaction(notOffered),
    difference: compareSatisfaction(offered, notOffered),
    campaigns: campaigns.map((k) => {
      const c = find("campaign", k.key, 1);
      return { key: k.key, name: k.name, offered: summarizeSatisfaction(c), difference: compareSatisfaction(c, notOffered) };
    }),
    months: months.map((m) => ({ month: m, offered: summarizeSatisfaction(find("month", m, 1)), notOffered: summarizeSatisfaction(find("month", m, 0)) })),
    offersSeen: OFFERS_SEEN_BUCKETS.map((b) => ({ bucket: b, satisfaction: summarizeSatisfaction(find("offers_seen", b, b === "0" ? 0 : 1)) })),
  };
}
