import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { binCount, chooseBinWidth, interpolatePercentiles, percentileRanks, shapeBins, type Distribution } from "@/lib/customers/distribution";

export type { Distribution } from "@/lib/customers/distribution";

// Historical LTV of a customer: revenue of all their counted orders (returns net off).
const totals = (ws: number) => sql`
  totals AS (SELECT customer_id, sum(revenue) AS v FROM order_facts WHERE workspace_id = ${ws} AND counted GROUP BY customer_id)`;

/** Revenue per customer over counted orders, for customers with one or more: mean, percentiles
 * and a histogram up to the 99th percentile (the last bar holds the rest). */
export function getLtvDistribution(db: Db, ws: number): Distribution {
  const stats = db.get<{ n: number; total: number | null; lo: number | null; hi: number | null }>(sql`
    WITH ${totals(ws)} SELECT count(*) AS n, sum(v) AS total, min(v) AS lo, max(v) AS hi FROM totals`);
  const n = stats.n;
  if (n === 0) return { customers: 0, total: 0, mean: null, min: null, max: null, percentiles: [], bins: [] };

  const ranks = percentileRanks(n);
  const atRanks = db.all<{ rn: number; v: number }>(sql`
    WITH ${totals(ws)}, ranked AS (SELECT v, row_number() OVER (ORDER BY v) AS rn FROM totals)
    SELECT rn, v FROM ranked WHERE rn IN (SELECT value FROM json_each(${JSON.stringify(ranks)}))`);
  const percentiles = interpolatePercentiles(n, new Map(atRanks.map((r) => [r.rn, r.v])));

  const width = chooseBinWidth(percentiles[percentiles.length - 1].value);
  const closed = binCount(percentiles[percentiles.length - 1].value, width);
  // CAST truncates towards zero: max(…, 0) puts negative totals in the first bar, min(…) the tail in the last.
  const counts = db.all<{ bin: number; n: number }>(sql`
    WITH ${totals(ws)}
    SELECT min(max(CAST(v / ${width} AS INTEGER), 0), ${closed}) AS bin, count(*) AS n FROM totals GROUP BY bin`);

  const total = stats.total ?? 0;
  return {
    customers: n,
    total,
    mean: total / n,
    min: stats.lo,
    max: stats.hi,
    percentiles,
    bins: shapeBins(width, closed, new Map(counts.map((c) => [c.bin, c.n]))),
  };
}
