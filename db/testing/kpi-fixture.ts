import type { Db } from "@/db/client";
import { createWorkspace } from "@/db/queries/workspaces/workspaces";
import { refreshDerivedData } from "@/db/queries/derived/refresh-derived-data";
import { campaigns, customerAttributes, customers, offers, orderLines, orders, products } from "@/db/schema";

// The KPI fixture of docs/kpis.md, small enough to work out by hand (see get-kpis.test.ts).
// Workspace time zone Europe/Amsterdam; times below are UTC.

const PRODUCTS = [
  // sku, category, family, tier, price
  ["P1", "Phones", "Nova", null, 500], // Nova tiers by price rank: P1 = 1, P2 = 2, P3 = 3
  ["P2", "Phones", "Nova", null, 600],
  ["P3", "Phones", "Nova", null, 700],
  ["H1", "Hosting", "Host", 1, 5],
  ["H2", "Hosting", "Host", 2, 10],
  ["C1", "Accessories", null, null, 20],
  ["C2", "Accessories", null, null, 25],
  ["B1", "Coffee", null, null, 10],
  ["F1", "Coffee", null, null, 3],
  ["S1", "Kitchen", "Solo", null, 50], // a one-tier family: never an upsell
  ["U1", null, null, null, 8], // category only on the order line (Garden)
  ["U2", null, null, null, 4], // no category anywhere, no family: the product itself ("U2")
] as const;

// customer, region, vip
const CUSTOMERS = [
  ["c01", "N", null],
  ["c02", "N", null],
  ["c03", "Z", null],
  ["c04", "Z", null],
  ["c05", "N", null],
  ["c06", "Z", null],
  ["c07", "N", null],
  ["c08", "Z", null],
  ["c09", "N", null],
  ["c10", "N", null],
  ["c11", "N", "yes"],
  ["c12", "Z", "yes"],
  ["c13", "Z", null],
  ["c14", "Z", null],
  ["c15", "N", null],
  ["c16", "Z", null],
] as const;

type Line = [sku: string, qty: number, price: number, discount?: number, category?: string];
// order key, customer, UTC time, status, lines
const ORDERS: [string, string, string, string | null, Line[]][] = [
  [
    "o01",
    "c01",
    "2025-09-10T10:00:00Z",
    "paid",
    [
      ["P1", 1, 500],
      ["C1", 1, 20],
    ],
  ], // first order, two categories: cross-sell
  ["o02", "c01", "2025-10-05T10:00:00Z", "paid", [["B1", 2, 10]]], // a new category later: cross-sell
  ["o03", "c01", "2025-10-20T10:00:00Z", "paid", [["B1", 3, 10]]], // more B1 than before: deep-sell
  [
    "o04",
    "c01",
    "2025-10-25T10:00:00Z",
    "paid",
    [
      ["B1", 1, 10],
      ["C1", -1, 20],
    ],
  ], // less B1; a return line
  ["o05", "c02", "2025-10-02T10:00:00Z", "paid", [["P3", 1, 700]]], // first purchase at a premium tier: upsell
  ["o06", "c02", "2025-10-10T10:00:00Z", "paid", [["P2", 1, 600]]], // lower tier than before: no upsell
  ["o07", "c03", "2025-09-15T10:00:00Z", "paid", [["H1", 1, 5]]],
  ["o08", "c03", "2025-10-03T10:00:00Z", "paid", [["H2", 1, 10]]], // tier 1 to 2: upsell
  ["o09", "c03", "2025-10-04T10:00:00Z", "paid", [["H2", 1, 10]]], // repeat at the same tier: no upsell, no deep-sell
  [
    "o10",
    "c04",
    "2025-10-06T10:00:00Z",
    "refunded",
    [
      ["C2", 1, 25],
      ["B1", 1, 10],
    ],
  ],
  ["o11", "c04", "2025-10-07T10:00:00Z", "cancelled", [["P1", 1, 500]]],
  ["o12", "c04", "2025-10-08T10:00:00Z", "paid", [["F1", 2, 3]]], // refunded/cancelled orders are no history
  ["o13", "c05", "2025-10-09T08:00:00Z", "paid", [["B1", 1, 10]]], // two orders at the same moment:
  ["o14", "c05", "2025-10-09T08:00:00Z", "paid", [["C1", 1, 20]]], // o13 comes first by order id: cross-sell
  ["o15", "c06", "2025-08-01T10:00:00Z", "paid", [["F1", 5, 3]]],
  ["o16", "c06", "2025-10-11T10:00:00Z", "paid", [["F1", 2, 3]]], // smaller quantity: no deep-sell
  ["o17", "c06", "2025-10-12T10:00:00Z", "paid", [["F1", 6, 3]]], // larger than every earlier order: deep-sell
  ["o18", "c07", "2025-10-13T10:00:00Z", "paid", [["S1", 1, 50]]],
  [
    "o19",
    "c08",
    "2025-10-14T10:00:00Z",
    "paid",
    [
      ["U1", 1, 8, 0, "Garden"],
      ["U2", 1, 4],
    ],
  ], // Garden + U2: cross-sell
  ["o20", "c09", "2025-09-30T22:30:00Z", "paid", [["C2", 1, 25]]], // 1 Oct 00:30 in Amsterdam
  ["o21", "c09", "2025-10-31T22:59:00Z", "paid", [["C2", 2, 25]]], // 31 Oct 23:59 in Amsterdam: deep-sell
  ["o22", "c09", "2025-10-31T23:00:00Z", "paid", [["B1", 1, 10]]], // 1 Nov 00:00 in Amsterdam: cross-sell in November
  ["o23", "c10", "2025-09-20T10:00:00Z", "paid", [["P2", 1, 600, 50]]], // tier 2 first: upsell (September)
  [
    "o24",
    "c11",
    "2025-10-15T10:00:00Z",
    "paid",
    [
      ["P1", 1, 500],
      ["H1", 1, 5],
    ],
  ], // lowest tiers: cross-sell only
  ["o25", "c12", "2025-10-16T10:00:00Z", "pending", [["B1", 4, 10, 5]]], // pending counts
  ["o26", "c12", "2025-10-17T10:00:00Z", "voided", [["B1", 10, 10]]],
  ["o27", "c12", "2025-10-18T10:00:00Z", "paid", [["B1", 5, 10]]], // 5 > 4 (the voided 10 is no history): deep-sell
  ["o28", "c13", "2025-08-05T10:00:00Z", "paid", [["C1", 1, 20]]],
  ["o29", "c13", "2025-08-06T10:00:00Z", "paid", [["C1", 1, 20]]],
  ["o30", "c14", "2025-10-19T10:00:00Z", null, [["H1", 2, 5]]], // an empty status counts
  ["o31", "c15", "2025-10-20T10:00:00Z", "Refunded", [["P1", 1, 500]]], // status compared without case
  ["o32", "c16", "2025-09-01T10:00:00Z", "paid", [["F1", 2, 3]]],
  [
    "o33",
    "c16",
    "2025-10-21T10:00:00Z",
    "paid",
    [
      ["F1", 1, 3],
      ["F1", 2, 3],
    ],
  ], // 1 + 2 = 3 > 2: deep-sell
];

// customer, UTC shown at, accepted
const OFFERS: [string, string, boolean][] = [
  ["c01", "2025-10-05T09:00:00Z", true],
  ["c02", "2025-10-06T09:00:00Z", false],
  ["c05", "2025-10-09T07:00:00Z", true],
  ["c08", "2025-10-14T09:00:00Z", false],
  ["c09", "2025-09-30T21:30:00Z", true], // 30 Sep 23:30 in Amsterdam: not October
  ["c11", "2025-11-01T09:00:00Z", true],
];

export function seedKpiFixture(db: Db): { workspaceId: number } {
  const ws = createWorkspace(db, { name: "Fixture", currency: "EUR", timezone: "Europe/Amsterdam", locale: "en" });
  const productId = new Map<string, number>();
  for (const [sku, category, family, tier, price] of PRODUCTS) {
    const row = db.insert(products).values({ workspaceId: ws.id, sku, category, family, tier, price }).returning({ id: products.id }).get();
    productId.set(sku, row.id);
  }
  const customerId = new Map<string, number>();
  for (const [key, region, vip] of CUSTOMERS) {
    const row = db.insert(customers).values({ workspaceId: ws.id, customerKey: key, region }).returning({ id: customers.id }).get();
    customerId.set(key, row.id);
    if (vip) db.insert(customerAttributes).values({ workspaceId: ws.id, customerId: row.id, key: "vip", value: vip }).run();
  }
  for (const [key, customer, at, status, lines] of ORDERS) {
    const order = db
      .insert(orders)
      .values({ workspaceId: ws.id, orderKey: key, customerId: customerId.get(customer)!, orderedAt: new Date(at), status })
      .returning({ id: orders.id })
      .get();
    lines.forEach(([sku, quantity, unitPrice, discount = 0, category], i) =>
      db
        .insert(orderLines)
        .values({ workspaceId: ws.id, orderId: order.id, lineNo: i + 1, productId: productId.get(sku)!, quantity, unitPrice, discount, category })
        .run(),
    );
  }
  const campaign = db
    .insert(campaigns)
    .values({ workspaceId: ws.id, campaignKey: "CMP1", name: "Coffee cross-sell", type: "cross_sell", startDate: "2025-10-01" })
    .returning({ id: campaigns.id })
    .get();
  OFFERS.forEach(([customer, at, accepted], i) =>
    db
      .insert(offers)
      .values({ workspaceId: ws.id, offerKey: `f${i}`, customerId: customerId.get(customer)!, campaignId: campaign.id, shownAt: new Date(at), accepted })
      .run(),
  );
  refreshDerivedData(db, ws.id, { customers: "all" });
  return { workspaceId: ws.id };
}
