import { sql, type SQL } from "drizzle-orm";
import type { Period } from "@/lib/kpi/period";
import { AGE_BANDS } from "@/lib/segments/age-bands";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { RFM_GROUPS } from "@/lib/segments/rfm";
import type { RfmGroups } from "./get-rfm-scores";
import { idByteMapFits } from "../../sqlite/id-byte-map";

/** How to read a customer's segment value: extra CTEs, a join onto `customers c`, the expression to
 * group by (`raw`: the stored spelling, or a code), and what a group's raw value means. Spellings that
 * differ only in case or surrounding spaces are merged after the grouping (lib/segments/merge-by-value.ts). */
export type SegmentValueSql = { ctes: SQL[]; join: SQL; raw: SQL; decode: (raw: unknown) => string | null };

const asText = (raw: unknown) => (raw === null || raw === undefined ? null : String(raw));

function ageBandSql(referenceYear: number): SQL {
  const age = sql`(${referenceYear} - c.birth_year)`;
  const whens = AGE_BANDS.map((b) => sql`WHEN ${age} BETWEEN ${b.min} AND ${b.max} THEN ${b.label}`);
  return sql`CASE WHEN c.birth_year IS NULL THEN NULL ${sql.join(whens, sql` `)} ELSE NULL END`;
}

/** RFM groups come from lib/segments/rfm.ts. They reach SQL as one blob with a byte per customer id
 * from the lowest to the highest scored (1 + the group's index in RFM_GROUPS, 0 = not scored), read with
 * substr(), which is O(1) on a blob: no JSON of every scored id to expand and index on every view. */
function rfmSql({ ids, codes }: RfmGroups): SegmentValueSql {
  if (ids.length === 0) return { ctes: [], join: sql``, raw: sql`NULL`, decode: () => null };
  const lo = ids[0];
  const hi = ids[ids.length - 1];
  // Customers spread thinly over a wide range of ids: the groups go as a JSON of ids instead,
  // materialized and indexed once.
  if (!idByteMapFits(lo, hi, ids.length)) return rfmJsonSql({ ids, codes });
  const blob = Buffer.alloc(hi - lo + 1);
  for (let i = 0; i < ids.length; i++) blob[ids[i] - lo] = codes[i] + 1;
  // Grouped by the one-byte code itself; named after the grouping.
  return {
    ctes: [],
    join: sql``,
    raw: sql`(CASE WHEN c.id BETWEEN ${lo} AND ${hi} THEN substr(${blob}, c.id - ${lo - 1}, 1) END)`,
    decode: (raw) => (raw instanceof Uint8Array && raw[0] > 0 ? RFM_GROUPS[raw[0] - 1] : null),
  };
}

function rfmJsonSql({ ids, codes }: RfmGroups): SegmentValueSql {
  const byGroup: Record<string, number[]> = {};
  for (let i = 0; i < ids.length; i++) (byGroup[RFM_GROUPS[codes[i]]] ??= []).push(ids[i]);
  return {
    ctes: [
      sql`rfm AS MATERIALIZED (SELECT cast(j.value AS integer) AS customer_id, g.key AS grp
                                    FROM json_each(${JSON.stringify(byGroup)}) g, json_each(g.value) j)`,
    ],
    join: sql`LEFT JOIN rfm ON rfm.customer_id = c.id`,
    raw: sql`rfm.grp`,
    decode: asText,
  };
}

export function segmentValueSql(workspaceId: number, dimension: SegmentDimension, ctx: { period: Period; rfm?: RfmGroups }): SegmentValueSql {
  switch (dimension.kind) {
    case "column":
      return { ctes: [], join: sql``, raw: sql`c.${sql.identifier(dimension.key)}`, decode: asText };
    case "attribute":
      return {
        ctes: [],
        join: sql`LEFT JOIN customer_attributes a ON a.customer_id = c.id AND a.key = ${dimension.key}`,
        raw: sql`a.value`,
        decode: asText,
      };
    case "age_band":
      return { ctes: [], join: sql``, raw: ageBandSql(Number(ctx.period.to.slice(0, 4))), decode: asText };
    case "history":
      // New = first counted order ever falls in the period; returning = before it. History is
      // never filtered, so channel and category filters do not change who is new.
      // customer_facts holds each customer's first counted order (no scan of every order per view).
      return {
        ctes: [],
        join: sql`LEFT JOIN customer_facts firsts ON firsts.workspace_id = ${workspaceId} AND firsts.customer_id = c.id`,
        decode: asText,
        raw: sql`CASE WHEN firsts.first_at IS NULL OR firsts.first_at >= ${ctx.period.endMs} THEN NULL
                        WHEN firsts.first_at >= ${ctx.period.startMs} THEN 'new' ELSE 'returning' END`,
      };
    case "rfm":
      if (!ctx.rfm) throw new Error("segmentValueSql: the rfm dimension needs the customers' RFM groups");
      return rfmSql(ctx.rfm);
  }
}
