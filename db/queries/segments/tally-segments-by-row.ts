import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import type { SegmentCounts } from "@/lib/segments/shape-segment-rows";
import { eachRow } from "../../sqlite/each-row";
import { tallyOffset, type CustomerValueCodes } from "./customer-value-codes";
import type { SegmentValueSql } from "./segment-value-sql";

/**
 * Where a segment table's counts are read, row by row. `orders` is a `FROM … WHERE …` of counted orders
 * with order_slice_facts' columns (customer_id, ordered_at, revenue, seq, prev_at, prev_cross_at,
 * prev_up_at, prev_deep_at), no guest orders:
 * - `totals: false`: every order to the period's end. History and period figures both come from them.
 * - `totals: true`: each customer's history is their totals (customer_facts: the period runs to the end of
 *   the data), and `orders` are the period's only, or null when the period holds every order.
 * `offers`: the period's shown offers (`FROM … WHERE …` of offers o), or "totals" (customer_offer_facts).
 */
export type SegmentRowSources = { totals: boolean; orders: SQL | null; offers: SQL | "totals" };

// The counts of one value, at these offsets of its stretch of the tallies.
const ACTIVE = 0;
const CROSS = 1;
const UP = 2;
const DEEP = 3;
const ORDERS = 4;
const REVENUE = 5;
const CUSTOMERS = 6;
const REPEATERS = 7;
const REVENUE_TO_END = 8;
const SHOWN = 9;
const ACCEPTED = 10;
const WIDTH = 11;

/**
 * Each value's counts as countSegments gives them (one row per stored spelling or code, merged by the
 * caller), tallied in one pass over each source's rows instead of grouped in SQL: SQLite groups by sorting,
 * and grouping the rows per customer, then per value, sorted every row of the view twice. Each counted
 * quantity is a sum over rows: the orders carry their customer's previous order and flagged orders
 * (prev_at, prev_*_at: an order in [start, end) whose previous one is before start is the customer's first
 * of the period) and their number (seq 1 = a customer to the end, seq 2 = a repeater).
 */
export function tallySegmentsByRow(
  db: Db,
  workspaceId: number,
  source: SegmentValueSql,
  customers: CustomerValueCodes,
  period: Period,
  read: SegmentRowSources,
): SegmentCounts[] {
  const { raws } = customers;
  const tallies = new Float64Array((raws.length + 1) * WIDTH);
  const at = tallyOffset(customers, WIDTH);
  const s = period.startMs;
  const flaggedBefore = (prev: unknown) => prev !== null && (prev as number) < s;

  if (read.totals) {
    const periodFromTotals = read.orders === null;
    eachRow(
      db,
      [sql`x.customer_id`, sql`x.orders`, sql`x.revenue`, sql`x.last_cross_at IS NOT NULL`, sql`x.last_up_at IS NOT NULL`, sql`x.last_deep_at IS NOT NULL`],
      sql`customer_facts x WHERE x.workspace_id = ${workspaceId}`,
      (customerId, orders, revenue, cross, up, deep) => {
        const o = at(customerId as number);
        tallies[o + CUSTOMERS]++;
        if ((orders as number) >= 2) tallies[o + REPEATERS]++;
        tallies[o + REVENUE_TO_END] += revenue as number;
        if (!periodFromTotals) return;
        tallies[o + ACTIVE]++;
        tallies[o + CROSS] += cross as number;
        tallies[o + UP] += up as number;
        tallies[o + DEEP] += deep as number;
        tallies[o + ORDERS] += orders as number;
        tallies[o + REVENUE] += revenue as number;
      },
    );
  }
  if (read.orders) {
    const history = !read.totals;
    eachRow(
      db,
      [sql`f.customer_id`, sql`f.ordered_at`, sql`f.revenue`, sql`f.seq`, sql`f.prev_at`, sql`f.prev_cross_at`, sql`f.prev_up_at`, sql`f.prev_deep_at`],
      read.orders,
      (customerId, orderedAt, revenue, seq, prevAt, prevCross, prevUp, prevDeep) => {
        const o = at(customerId as number);
        if (history) {
          tallies[o + REVENUE_TO_END] += revenue as number;
          if (seq === 1) tallies[o + CUSTOMERS]++;
          else if (seq === 2) tallies[o + REPEATERS]++;
        }
        if ((orderedAt as number) < s) return;
        tallies[o + ORDERS]++;
        tallies[o + REVENUE] += revenue as number;
        if ((prevAt as number) < s) tallies[o + ACTIVE]++;
        if (flaggedBefore(prevCross)) tallies[o + CROSS]++;
        if (flaggedBefore(prevUp)) tallies[o + UP]++;
        if (flaggedBefore(prevDeep)) tallies[o + DEEP]++;
      },
    );
  }
  const offerColumns = read.offers === "totals" ? [sql`x.customer_id`, sql`x.shown`, sql`x.accepted`] : [sql`o.customer_id`, sql`1`, sql`o.accepted`];
  const offerRows = read.offers === "totals" ? sql`customer_offer_facts x WHERE x.workspace_id = ${workspaceId}` : read.offers;
  eachRow(db, offerColumns, offerRows, (customerId, shown, accepted) => {
    const o = at(customerId as number);
    tallies[o + SHOWN] += shown as number;
    tallies[o + ACCEPTED] += accepted as number;
  });

  // A value shows when any of its customers has an order to the period's end or an offer in it, as a
  // group of the grouped statement does; code 0 (no such customer) is no value's.
  const counts: SegmentCounts[] = [];
  for (let code = 1; code <= raws.length; code++) {
    const o = code * WIDTH;
    if (tallies[o + CUSTOMERS] === 0 && tallies[o + SHOWN] === 0) continue;
    counts.push({
      value: source.decode(raws[code - 1]),
      active: tallies[o + ACTIVE],
      cross: tallies[o + CROSS],
      up: tallies[o + UP],
      deep: tallies[o + DEEP],
      orders: tallies[o + ORDERS],
      revenue: tallies[o + REVENUE],
      customersToEnd: tallies[o + CUSTOMERS],
      repeaters: tallies[o + REPEATERS],
      revenueToEnd: tallies[o + REVENUE_TO_END],
      shown: tallies[o + SHOWN],
      accepted: tallies[o + ACCEPTED],
    });
  }
  return counts;
}
