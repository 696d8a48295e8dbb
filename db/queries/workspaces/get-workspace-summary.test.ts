import { describe, expect, it } from "vitest";
import { customers, orderLines, orders, products } from "@/db/schema";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { createWorkspace } from "./workspaces";
import { getWorkspaceSummary } from "./get-workspace-summary";
import { refreshOrderFacts } from "../kpis/refresh-order-facts";

const newDb = tempDbPerTest();

describe("getWorkspaceSummary", () => {
  it("counts revenue of counted orders only, nets returns and discounts, and buckets months in the workspace time zone", () => {
    const t = newDb();
    const { db } = t;
    const ws = createWorkspace(db, { name: "Shop", currency: "EUR", timezone: "Europe/Amsterdam", locale: "nl" });
    const other = createWorkspace(db, { name: "Other", currency: "EUR", timezone: "UTC", locale: "en" });
    const [c1] = db.insert(customers).values({ workspaceId: ws.id, customerKey: "c1" }).returning().all();
    const [p1, p2] = db
      .insert(products)
      .values([
        { workspaceId: ws.id, sku: "A", price: 10 },
        { workspaceId: ws.id, sku: "B", price: 25.5 },
      ])
      .returning()
      .all();
    const order = (key: string, iso: string, status: string | null) =>
      db
        .insert(orders)
        .values({ workspaceId: ws.id, orderKey: key, customerId: c1.id, orderedAt: new Date(iso), status })
        .returning()
        .get();
    const line = (orderId: number, productId: number, quantity: number, unitPrice: number, discount = 0, lineNo = 1) =>
      db.insert(orderLines).values({ workspaceId: ws.id, orderId, productId, quantity, unitPrice, discount, lineNo }).run();

    // October (Amsterdam): 2 × 10 − 1 discount + 1 × 25.50 = 44.50
    const o1 = order("o1", "2025-10-10T10:00:00Z", "paid");
    line(o1.id, p1.id, 2, 10, 1, 1);
    line(o1.id, p2.id, 1, 25.5, 0, 2);
    // 2025-10-31T23:30Z is 1 November 00:30 in Amsterdam: 3 × 10 = 30, minus a returned B (−25.50) = 4.50
    const o2 = order("o2", "2025-10-31T23:30:00Z", null);
    line(o2.id, p1.id, 3, 10, 0, 1);
    line(o2.id, p2.id, -1, 25.5, 0, 2);
    // Not counted: refunded, cancelled (any case), voided.
    for (const [key, status] of [
      ["o3", "refunded"],
      ["o4", "Cancelled"],
      ["o5", "voided"],
    ] as const) {
      const o = order(key, "2025-10-20T12:00:00Z", status);
      line(o.id, p1.id, 5, 10);
    }
    // Another workspace's order never leaks in.
    const [oc] = db.insert(customers).values({ workspaceId: other.id, customerKey: "c1" }).returning().all();
    const [op] = db.insert(products).values({ workspaceId: other.id, sku: "A" }).returning().all();
    const oo = db
      .insert(orders)
      .values({ workspaceId: other.id, orderKey: "o1", customerId: oc.id, orderedAt: new Date("2025-10-10T10:00:00Z") })
      .returning()
      .get();
    db.insert(orderLines).values({ workspaceId: other.id, orderId: oo.id, productId: op.id, quantity: 100, unitPrice: 100, lineNo: 1 }).run();

    // As every import does: the summary counts what the KPIs count (order_facts).
    refreshOrderFacts(db, ws.id);
    refreshOrderFacts(db, other.id);
    const s = getWorkspaceSummary(db, ws.id, "Europe/Amsterdam");
    expect(s.orders).toBe(5);
    expect(s.countedOrders).toBe(2);
    expect(s.customers).toBe(1);
    expect(s.products).toBe(2);
    expect(s.orderLines).toBe(7);
    expect(s.months).toEqual([
      { month: "2025-10", orders: 1, revenue: 44.5 },
      { month: "2025-11", orders: 1, revenue: 4.5 },
    ]);
    expect(s.revenue).toBeCloseTo(49, 10);

    // The same orders bucketed in UTC put o2 in October.
    const utc = getWorkspaceSummary(db, ws.id, "UTC");
    expect(utc.months).toEqual([{ month: "2025-10", orders: 2, revenue: 49 }]);
  });

  it("is empty, not an error, for a workspace without orders", () => {
    const t = newDb();
    const s = getWorkspaceSummary(t.db, 1, "Europe/Amsterdam");
    expect(s).toMatchObject({ orders: 0, revenue: 0, months: [], firstOrderAt: null });
  });
});
