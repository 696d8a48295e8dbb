import type { KpiQuery } from "./filters";
import { comparisonPeriod, granularityFor, makePeriod, type Granularity, type Period } from "./period";

export type View = { period: Period; comparison: Period | null; granularity: Granularity };

/** The period asked for; without --from/--to, all the data (or today alone when there is none). */
export function resolveView(q: Pick<KpiQuery, "from" | "to" | "compare">, data: { first: string; last: string } | null, timeZone: string, today: string): View {
  const from = q.from ?? data?.first ?? q.to ?? today;
  const to = q.to ?? data?.last ?? today;
  const period = makePeriod(from, to < from ? from : to, timeZone);
  return {
    period,
    comparison: q.compare === "none" ? null : comparisonPeriod(period, q.compare, timeZone),
    granularity: granularityFor(period),
  };
}
