import type { Db } from "../../client";
import type { Period } from "@/lib/kpi/period";
import { groupRfm, scoreRfm, type RfmGroup, type RfmScore } from "@/lib/segments/rfm";
import { countedOrdersByCustomerText } from "../counted-orders-by-customer";

export type RfmCustomer = RfmScore & { customerKey: string };

const DAY_MS = 86_400_000;

/**
 * RFM values of every customer with a counted order up to the period's end, as columns (no object
 * per customer: 187k at 1M lines). All counted orders count, whatever the view's filters: like
 * history, a customer's RFM is theirs, and a filter only picks which customers a table shows.
 * Recency is in whole 24-hour days before the period's end; monetary is rounded to cents so
 * sums that differ only by floating-point noise tie.
 */
function getRfmValues(db: Db, ws: number, endMs: number) {
  const rows = db.$client
    .prepare(
      `SELECT c.id, cast((? - max(f.ordered_at)) / ${DAY_MS} AS integer), count(*), round(sum(f.revenue), 2)
       FROM ${countedOrdersByCustomerText("AND f.ordered_at < ?")}
       GROUP BY c.id ORDER BY c.id`,
    )
    .raw()
    .all(endMs, endMs, ws) as [number, number, number, number][];
  return {
    ids: rows.map((r) => r[0]),
    recencyDays: Float64Array.from(rows, (r) => r[1]),
    frequency: Float64Array.from(rows, (r) => r[2]),
    monetary: Float64Array.from(rows, (r) => r[3]),
  };
}

/** Each customer's RFM group at the period's end, scored against each other (lib/segments/rfm.ts). */
export function getRfmGroups(db: Db, ws: number, period: Pick<Period, "endMs">): Map<number, RfmGroup> {
  const v = getRfmValues(db, ws, period.endMs);
  const groups = groupRfm(v);
  return new Map(v.ids.map((id, i) => [id, groups[i]]));
}

/** Every customer's RFM values, scores and group, with their key (for lists and tests). */
export function getRfmScores(db: Db, ws: number, period: Pick<Period, "endMs">): RfmCustomer[] {
  const v = getRfmValues(db, ws, period.endMs);
  const keys = new Map(db.$client.prepare("SELECT id, customer_key FROM customers WHERE workspace_id = ?").raw().all(ws) as [number, string][]);
  return scoreRfm(
    v.ids.map((id, i) => ({ customerId: id, customerKey: keys.get(id)!, recencyDays: v.recencyDays[i], frequency: v.frequency[i], monetary: v.monetary[i] })),
  );
}
