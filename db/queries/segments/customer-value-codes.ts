import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import type { SegmentDimension } from "@/lib/segments/dimensions";
import { connectionMemo } from "../../sqlite/connection-memo";
import { eachRow } from "../../sqlite/each-row";
import { idByteMapFits } from "../../sqlite/id-byte-map";
import { dataStateKey } from "../derived/freshness";
import type { SegmentValueSql } from "./segment-value-sql";

/** Each customer's value of a dimension as a code, by customer id from `lo`: 1 + the value's index in
 * `raws` (its stored spelling or code, as segmentValueSql reads it); 0 = no such customer. */
export type CustomerValueCodes = { lo: number; codes: Uint16Array | Uint32Array; raws: unknown[] };

// Kept per connection for the data state, the dimension and the period where the values depend on it:
// the next view by the same dimension (the Segments page under another filter, the Offers page) reads
// only its own rows.
const kept = connectionMemo<CustomerValueCodes | null>(4);

/**
 * Every customer's value of `dimension` from one scan of the workspace's customers, for tallying rows
 * into values in JavaScript. Null when customer ids are spread too thinly for a table by id (the caller
 * groups in SQL then). RFM groups are read for each view (getRfmGroups), so their codes are not kept.
 */
export function customerValueCodes(
  db: Db,
  workspaceId: number,
  dimension: SegmentDimension,
  period: Period,
  source: SegmentValueSql,
): CustomerValueCodes | null {
  const read = () => readCodes(db, workspaceId, source);
  if (dimension.kind === "rfm") return read();
  // Age on the period's year, new or returning in it: computed from the period.
  const byPeriod = dimension.kind !== "column" && dimension.kind !== "attribute";
  const key = `${dataStateKey(db.$client, workspaceId)} ${JSON.stringify(dimension)} ${byPeriod ? `${period.startMs}-${period.endMs}` : ""}`;
  return kept(db.$client, key, read);
}

function readCodes(db: Db, workspaceId: number, source: SegmentValueSql): CustomerValueCodes | null {
  const byKey = new Map<unknown, number>();
  const raws: unknown[] = [];
  const ids: number[] = [];
  const codeOf: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  eachRow(
    db,
    [sql`c.id`, source.raw],
    // "+": a scan of the table in id order, not through an index on the workspace (a seek per customer).
    sql`customers c ${source.join} WHERE +c.workspace_id = ${workspaceId}`,
    (id, raw) => {
      // A blob (an RFM group's code) arrives as a new Buffer per row: keyed by its bytes.
      const key = raw instanceof Uint8Array ? `\u0000${raw.join(",")}` : raw;
      let code = byKey.get(key);
      if (code === undefined) {
        raws.push(raw);
        byKey.set(key, (code = raws.length));
      }
      ids.push(id as number);
      codeOf.push(code);
      if ((id as number) < lo) lo = id as number;
      if ((id as number) > hi) hi = id as number;
    },
    source.ctes,
  );
  if (ids.length === 0) return { lo: 0, codes: new Uint16Array(0), raws };
  if (!idByteMapFits(lo, hi, ids.length)) return null;
  const codes = raws.length < 0xffff ? new Uint16Array(hi - lo + 1) : new Uint32Array(hi - lo + 1);
  for (let i = 0; i < ids.length; i++) codes[ids[i] - lo] = codeOf[i];
  return { lo, codes, raws };
}

/** The offset of a customer's value in tallies of `width` numbers per code (code 0 for no such customer). */
export function tallyOffset({ lo, codes }: CustomerValueCodes, width: number): (customerId: number) => number {
  return (customerId) => {
    const i = customerId - lo;
    return i >= 0 && i < codes.length ? codes[i] * width : 0;
  };
}
