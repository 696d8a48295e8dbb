import type { Db } from "@/db/client";
import { createWorkspace } from "@/db/queries/workspaces/workspaces";
import { refreshDerivedData } from "@/db/queries/derived/refresh-derived-data";
import { campaigns, customers, offers, orderLines, orders, products, type CampaignType } from "@/db/schema";

// A campaign fixture small enough to work out by hand (see get-campaign-results.test.ts).
// Workspace time zone Europe/Amsterdam; times below are UTC.

const PRODUCTS = [
  // sku, category, price, cost
  ["A1", "Phones", 100, 60],
  ["B1", "Accessories", 20, 5],
  ["X1", "Coffee", 10, null], // no known cost
] as const;

// t = treated, k = control/holdout, m = in both groups (a data error), n = never offered
const CUSTOMERS = ["t1", "t2", "t3", "t4", "k1", "k2", "k3", "m1", "n1"] as const;

type Line = [sku: string, qty: number, price: number, discount?: number];
// order key, customer, UTC time, status, lines
const ORDERS: [string, string, string, string, Line[]][] = [
  [
    "o1",
    "t1",
    "2025-10-05T10:00:00Z",
    "paid",
    [
      ["A1", 1, 100],
      ["B1", 1, 20],
    ],
  ], // 120
  ["o2", "t1", "2025-09-20T10:00:00Z", "paid", [["B1", 1, 20]]], // before CMP-A
  [
    "o3",
    "t2",
    "2025-10-10T10:00:00Z",
    "paid",
    [
      ["B1", 2, 20, 4],
      ["X1", 1, 10],
    ],
  ], // 36 + 10 = 46
  ["o4", "t3", "2025-10-12T10:00:00Z", "paid", [["X1", 3, 10]]], // 30
  ["o5", "t3", "2025-10-31T23:30:00Z", "paid", [["A1", 1, 100]]], // 1 Nov 00:30 local: after CMP-A
  ["o6", "t4", "2025-10-15T10:00:00Z", "refunded", [["A1", 1, 100]]], // not counted
  ["o7", "k1", "2025-09-30T22:30:00Z", "paid", [["B1", 1, 20]]], // 1 Oct 00:30 local: in CMP-A
  ["o8", "k2", "2025-10-20T10:00:00Z", "paid", [["X1", 1, 10]]],
  ["o9", "m1", "2025-10-21T10:00:00Z", "paid", [["A1", 1, 100]]],
  ["o10", "n1", "2025-10-22T10:00:00Z", "paid", [["A1", 1, 100]]],
];

// key, type, start, end, cost
const CAMPAIGNS: [string, CampaignType, string, string | null, number | null][] = [
  ["CMP-A", "cross_sell", "2025-10-01", "2025-10-31", 100],
  ["CMP-B", "upsell", "2025-10-01", null, null], // open-ended, no cost
  ["CMP-C", "bundle", "2025-12-01", "2025-12-31", 0], // no offers, zero cost
];

// campaign, customer, variant, UTC shown at, accepted, order key, revenue
const OFFERS: [string, string, string | null, string, boolean, string | null, number | null][] = [
  ["CMP-A", "t1", "A", "2025-10-05T09:00:00Z", true, "o1", null], // the linked order's 120
  ["CMP-A", "t1", "A", "2025-10-06T09:00:00Z", false, null, null],
  ["CMP-A", "t2", "A", "2025-10-10T09:00:00Z", true, "o3", 20], // its own revenue: 20
  ["CMP-A", "t3", "B", "2025-10-12T09:00:00Z", false, null, null],
  ["CMP-A", "t4", "B", "2025-10-15T09:00:00Z", true, "o6", null], // refunded order: 0
  ["CMP-A", "k1", "Control", "2025-10-01T09:00:00Z", false, null, null],
  ["CMP-A", "k2", " holdout ", "2025-10-02T09:00:00Z", false, null, null],
  ["CMP-A", "k3", "control", "2025-10-03T09:00:00Z", false, null, null],
  ["CMP-A", "m1", "A", "2025-10-04T09:00:00Z", false, null, null],
  ["CMP-A", "m1", "control", "2025-10-05T09:00:00Z", false, null, null],
  ["CMP-B", "t3", null, "2025-10-31T23:00:00Z", true, "o5", null], // the linked order's 100
];

export function seedCampaignFixture(db: Db): { workspaceId: number } {
  const ws = createWorkspace(db, { name: "Campaigns", currency: "EUR", timezone: "Europe/Amsterdam", locale: "en" });
  const productId = new Map<string, number>();
  for (const [sku, category, price, cost] of PRODUCTS) {
    productId.set(sku, db.insert(products).values({ workspaceId: ws.id, sku, category, price, cost }).returning({ id: products.id }).get().id);
  }
  const customerId = new Map<string, number>();
  for (const key of CUSTOMERS) {
    customerId.set(key, db.insert(customers).values({ workspaceId: ws.id, customerKey: key }).returning({ id: customers.id }).get().id);
  }
  for (const [key, customer, at, status, lines] of ORDERS) {
    const order = db
      .insert(orders)
      .values({ workspaceId: ws.id, orderKey: key, customerId: customerId.get(customer)!, orderedAt: new Date(at), status })
      .returning({ id: orders.id })
      .get();
    lines.forEach(([sku, quantity, unitPrice, discount = 0], i) =>
      db
        .insert(orderLines)
        .values({ workspaceId: ws.id, orderId: order.id, lineNo: i + 1, productId: productId.get(sku)!, quantity, unitPrice, discount })
        .run(),
    );
  }
  const campaignId = new Map<string, number>();
  for (const [key, type, startDate, endDate, cost] of CAMPAIGNS) {
    const row = db
      .insert(campaigns)
      .values({ workspaceId: ws.id, campaignKey: key, name: `Campaign ${key}`, type, startDate, endDate, cost })
      .returning({ id: campaigns.id })
      .get();
    campaignId.set(key, row.id);
  }
  OFFERS.forEach(([campaign, customer, variant, at, accepted, orderKey, revenue], i) =>
    db
      .insert(offers)
      .values({
        workspaceId: ws.id,
        offerKey: `of${i + 1}`,
        customerId: customerId.get(customer)!,
        campaignId: campaignId.get(campaign)!,
        variant,
        shownAt: new Date(at),
        accepted,
        orderKey,
        revenue,
      })
      .run(),
  );
  refreshDerivedData(db, ws.id, { customers: "all" });
  return { workspaceId: ws.id };
}
