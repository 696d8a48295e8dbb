import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { UNCOUNTED_STATUSES } from "@/lib/kpi/counted";
import { monthBuckets } from "@/lib/time/month-buckets";

export type MonthlyRevenue = { month: string; orders: number; revenue: number };
export type WorkspaceSummary = {
  customers: number;
  products: number;
  orders: number;
  countedOrders: number;
  orderLines: number;
  campaigns: number;
  offers: number;
  feedback: number;
  revenue: number;
  firstOrderAt: number | null;
  lastOrderAt: number | null;
  months: MonthlyRevenue[];
};

const uncounted = sql.raw(UNCOUNTED_STATUSES.map((s) => `'${s}'`).join(","));
const isCounted = sql`coalesce(lower(o.status), '') not in (${uncounted})`;

/** What a workspace holds, and revenue of counted orders per calendar month in its time zone. */
export function getWorkspaceSummary(db: Db, workspaceId: number, timeZone: string): WorkspaceSummary {
  const count = (table: string) => db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`).n;

  const totals = db.get<{ orders: number; counted: number; first: number | null; last: number | null }>(sql`
    select count(*) as orders, coalesce(sum(${isCounted}), 0) as counted,
           min(o.ordered_at) as first, max(o.ordered_at) as last
    from orders o where o.workspace_id = ${workspaceId}`);

  // Revenue per order = sum(quantity * unit_price - discount) over its lines, counted orders only.
  const perOrder = sql`
    select o.ordered_at as t, sum(l.quantity * l.unit_price - l.discount) as revenue
    from orders o join order_lines l on l.order_id = o.id
    where o.workspace_id = ${workspaceId} and ${isCounted}
    group by o.id`;

  let months: MonthlyRevenue[] = [];
  let revenue = 0;
  if (totals.first !== null && totals.last !== null) {
    const buckets = monthBuckets(totals.first, totals.last, timeZone);
    const values = sql.join(
      buckets.map((b) => sql`(${b.month}, ${b.startMs}, ${b.endMs})`),
      sql`, `,
    );
    months = db.all<MonthlyRevenue>(sql`
      with b(month, s, e) as (values ${values}), po as (${perOrder})
      select b.month as month, count(po.t) as orders, coalesce(sum(po.revenue), 0) as revenue
      from b left join po on po.t >= b.s and po.t < b.e
      group by b.month order by b.month`);
    revenue = months.reduce((sum, m) => sum + m.revenue, 0);
  }

  return {
    customers: count("customers"),
    products: count("products"),
    orders: totals.orders,
    countedOrders: totals.counted,
    orderLines: count("order_lines"),
    campaigns: count("campaigns"),
    offers: count("offers"),
    feedback: count("feedback"),
    revenue,
    firstOrderAt: totals.first,
    lastOrderAt: totals.last,
    months,
  };
}
