import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { shownOffersFrom } from "../offers/shown-offers-sql";
import { monthBuckets } from "@/lib/time/month-buckets";

export type MonthlyRevenue = { month: string; orders: number; revenue: number };
export type WorkspaceSummary = {
  /** Customers, not counting guest checkouts. */
  customers: number;
  /** Orders placed as a guest (no customer id, e-mail or phone): in revenue and orders, in no customer KPI. */
  guestOrders: number;
  products: number;
  orders: number;
  countedOrders: number;
  orderLines: number;
  campaigns: number;
  /** Offers shown (shownOffersFrom), as the offer-conversion card and the campaigns page count them. */
  offers: number;
  /** Offer rows of control/holdout groups: imported, never shown, so not among `offers`. */
  controlOffers: number;
  feedback: number;
  revenue: number;
  firstOrderAt: number | null;
  lastOrderAt: number | null;
  months: MonthlyRevenue[];
};

/** What a workspace holds, and revenue of counted orders per calendar month in its time zone. */
export function getWorkspaceSummary(db: Db, workspaceId: number, timeZone: string): WorkspaceSummary {
  const count = (table: string) => db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`).n;

  // Counted orders and their revenue as every KPI counts them: order_facts (docs/kpis.md).
  const totals = db.get<{ orders: number; counted: number; first: number | null; last: number | null }>(sql`
    select count(*) as orders, coalesce(sum(f.counted), 0) as counted, min(f.ordered_at) as first, max(f.ordered_at) as last
    from order_facts f where f.workspace_id = ${workspaceId}`);
  const perOrder = sql`select f.ordered_at as t, f.revenue from order_facts f where f.workspace_id = ${workspaceId} and f.counted = 1`;

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

  const shown = db.get<{ n: number }>(sql`select count(*) as n from ${shownOffersFrom(workspaceId)}`).n;
  const people = db.get<{ customers: number; guests: number }>(sql`
    select coalesce(sum(not guest), 0) as customers, coalesce(sum(guest), 0) as guests from customers where workspace_id = ${workspaceId}`);
  const guestOrders =
    people.guests === 0
      ? 0
      : db.get<{ n: number }>(
          sql`select count(*) as n from customers c join orders o on o.customer_id = c.id where c.workspace_id = ${workspaceId} and c.guest`,
        ).n;
  return {
    customers: people.customers,
    guestOrders,
    products: count("products"),
    orders: totals.orders,
    countedOrders: totals.counted,
    orderLines: count("order_lines"),
    campaigns: count("campaigns"),
    offers: shown,
    controlOffers: count("offers") - shown,
    feedback: count("feedback"),
    revenue,
    firstOrderAt: totals.first,
    lastOrderAt: totals.last,
    months,
  };
}
