import type { KpiQuery } from "./filters";
import { comparisonPeriod, granularityFor, makePeriod, type Granularity, type Period } from "./period";

export type View = { period: Period; comparison: Period | null; granularity: Granularity };

/** The period asked for; without --from/--to, all the data (or today alone when there is none). The
 * comparison period is left out when it ends before the data begins: a comparison with nothing
 * ("— vs Nov 2, 2022 – Oct 31, 2024") says nothing. */
export function resolveView(q: Pick<KpiQuery, "from" | "to" | "compare">, data: { first: string; last: string } | null, timeZone: string, today: string): View {
  const from = q.from ?? data?.first ?? q.to ?? today;
  const to = q.to ?? data?.last ?? today;
  const period = makePeriod(from, to < from ? from : to, timeZone);
  const comparison = q.compare === "none" ? null : comparisonPeriod(period, q.compare, timeZone);
  return {
    period,
    comparison: comparison && data && comparison.to >= data.first ? comparison : null,
    granularity: granularityFor(period),
  };
}
