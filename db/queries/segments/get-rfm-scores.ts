import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import { groupRfm, quintileScores, rfmCodes, scoreRfm, type RfmScore } from "@/lib/segments/rfm";
import { countedOrdersByCustomerText } from "../kpis/counted-orders-by-customer";
import { getOrderTimeSpan } from "../kpis/get-order-time-span";
import { readSnapshot } from "../../sqlite/read-snapshot";
import { typedView } from "../../sqlite/typed-blobs";

export type RfmCustomer = RfmScore & { customerKey: string };

const DAY_MS = 86_400_000;
const RANGE = 16_384;

/**
 * RFM values of every customer with a counted order up to the period's end, as columns (no object
 * per customer: there can be hundreds of thousands). All counted orders count, whatever the view's filters: like
 * history, a customer's RFM is theirs, and a filter only picks which customers a table shows.
 * Recency is in whole 24-hour days before the period's end; monetary is rounded to cents so
 * sums that differ only by floating-point noise tie. When the period ends after the last counted
 * order (the default view), the values are each customer's totals in customer_facts (one row per
 * customer instead of every order); `source` forces one way, for tests.
 */
export function getRfmValues(db: Db, workspaceId: number, endMs: number, source?: "totals" | "orders") {
  // One snapshot: the choice of source depends on the time span (and the totals are four statements).
  return readSnapshot(db, () => rfmValues(db, workspaceId, endMs, source));
}

function rfmValues(db: Db, workspaceId: number, endMs: number, source?: "totals" | "orders") {
  const fromTotals = (source ?? (servedByTotals(db, workspaceId, endMs) ? "totals" : "orders")) === "totals";
  if (fromTotals && !servedByTotals(db, workspaceId, endMs)) throw new Error("getRfmValues: customer totals hold orders after the period's end");
  if (fromTotals) {
    const t = totalsColumns(db, workspaceId);
    return { ids: t.ids, recencyDays: t.column(recencySql(endMs)), frequency: t.column("orders"), monetary: t.column("round(revenue, 2)") };
  }
  const rows = db.$client
    .prepare(
      `SELECT c.id, cast((? - max(f.ordered_at)) / ${DAY_MS} AS integer), count(*), round(sum(f.revenue), 2)
       FROM ${countedOrdersByCustomerText("AND f.ordered_at < ?")}
       GROUP BY c.id ORDER BY c.id`,
    )
    .raw()
    .all(endMs, endMs, workspaceId) as [number, number, number, number][];
  const n = rows.length;
  const v = { ids: new Int32Array(n), recencyDays: new Float64Array(n), frequency: new Float64Array(n), monetary: new Float64Array(n) };
  for (let i = 0; i < n; i++) [v.ids[i], v.recencyDays[i], v.frequency[i], v.monetary[i]] = rows[i];
  return v;
}

/** Whether every counted order is before endMs, so customer_facts holds each customer's values at endMs. */
function servedByTotals(db: Db, workspaceId: number, endMs: number): boolean {
  const span = getOrderTimeSpan(db, workspaceId);
  return span === null || endMs > span.hi;
}

const recencySql = (endMs: number) => `cast((${endMs} - last_at) / ${DAY_MS} AS integer)`;

/**
 * customer_facts columns of a workspace in customer order. A column per statement: plucked numbers cost
 * better-sqlite3 less than a row array of four per customer; a range of customers per statement, into
 * typed arrays: whole columns as JS arrays held much more memory.
 */
function totalsColumns(db: Db, workspaceId: number) {
  const n = db.$client.prepare("SELECT count(*) FROM customer_facts WHERE workspace_id = ?").pluck().get(workspaceId) as number;
  const ids = new Int32Array(n);
  const ranges: [first: number, last: number, at: number][] = [];
  const nextIds = db.$client
    .prepare(`SELECT customer_id FROM customer_facts WHERE workspace_id = ? AND customer_id > ? ORDER BY customer_id LIMIT ${RANGE}`)
    .pluck();
  for (let at = 0, last = -Infinity; at < n;) {
    const chunk = nextIds.all(workspaceId, last) as number[];
    if (chunk.length === 0) break;
    ranges.push([chunk[0], chunk[chunk.length - 1], at]);
    ids.set(chunk, at);
    at += chunk.length;
    last = chunk[chunk.length - 1];
  }
  return {
    ids,
    column(expr: string): Float64Array {
      const out = new Float64Array(n);
      const stmt = db.$client.prepare(`SELECT ${expr} FROM customer_facts WHERE workspace_id = ? AND customer_id BETWEEN ? AND ? ORDER BY customer_id`).pluck();
      for (const [first, last, at] of ranges) out.set(stmt.all(workspaceId, first, last) as number[], at);
      return out;
    },
  };
}

/** Scored customers in ascending id order, each one's group as an index into RFM_GROUPS. */
export type RfmGroups = { ids: ArrayLike<number>; codes: Uint8Array };

/** Each customer's RFM group at the period's end, scored against each other (lib/segments/rfm.ts);
 * columns, not a Map of every customer (faster and smaller). The groups at the end of the default
 * view are kept in rfm_facts for the data_version, so such a view reads them instead of scoring;
 * `source` forces one way, for tests. */
export function getRfmGroups(db: Db, workspaceId: number, period: Pick<Period, "endMs">, { source }: { source?: "kept" | "scored" } = {}): RfmGroups {
  // One snapshot: the kept groups' version is checked against the data they are used with.
  return readSnapshot(db, () => {
    const kept = source === "scored" ? undefined : keptRfmGroups(db, workspaceId, period.endMs);
    if (kept) return kept;
    if (source === "kept") throw new Error("getRfmGroups: no kept groups for this data and period end");
    return scoreRfmGroups(db, workspaceId, period.endMs);
  });
}

/** Scores every customer's RFM group at endMs from their values. From customer_facts, one column at a
 * time, each ranked before the next is read (imports make these, so this lowers their memory peak). */
export function scoreRfmGroups(db: Db, workspaceId: number, endMs: number): RfmGroups {
  return readSnapshot(db, () => {
    if (!servedByTotals(db, workspaceId, endMs)) {
      const v = rfmValues(db, workspaceId, endMs, "orders");
      return { ids: v.ids, codes: groupRfm(v) };
    }
    const t = totalsColumns(db, workspaceId);
    const r = quintileScores(t.column(recencySql(endMs)), "lower");
    const f = quintileScores(t.column("orders"), "higher");
    const m = quintileScores(t.column("round(revenue, 2)"), "higher");
    return { ids: t.ids, codes: rfmCodes(r, f, m) };
  });
}

function keptRfmGroups(db: Db, workspaceId: number, endMs: number): RfmGroups | undefined {
  const row = db.$client
    .prepare(
      `SELECT r.ids, r.codes FROM rfm_facts r JOIN workspace_state s ON s.workspace_id = r.workspace_id
       WHERE r.workspace_id = ? AND r.data_version = s.data_version AND r.end_ms = ?`,
    )
    .raw()
    .get(workspaceId, endMs) as [Buffer, Buffer] | undefined;
  return row && { ids: typedView(row[0], Int32Array), codes: new Uint8Array(row[1]) };
}

/** Every customer's RFM values, scores and group, with their key (for lists and tests). */
export function getRfmScores(db: Db, workspaceId: number, period: Pick<Period, "endMs">): RfmCustomer[] {
  const v = getRfmValues(db, workspaceId, period.endMs);
  const keys = new Map(db.$client.prepare("SELECT id, customer_key FROM customers WHERE workspace_id = ?").raw().all(workspaceId) as [number, string][]);
  return scoreRfm(
    Array.from(v.ids, (id, i) => ({
      customerId: id,
      customerKey: keys.get(id)!,
      recencyDays: v.recencyDays[i],
      frequency: v.frequency[i],
      monetary: v.monetary[i],
    })),
  );
}
