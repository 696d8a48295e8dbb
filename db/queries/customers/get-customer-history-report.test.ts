import { describe, expect, it } from "vitest";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { getCustomerHistoryReport } from "./get-customer-history-report";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const report = getCustomerHistoryReport(db, { id: workspaceId, timezone: "Europe/Amsterdam" });

// The KPI fixture (db/testing/kpi-fixture.ts), all its counted orders (Amsterdam months). Revenue
// per customer, from the order lines: c01 520 (Sep) + 20 + 30 + (10 − 20 return) = 560 | c02 700 + 600
// = 1300 | c03 5 + 10 + 10 = 25 | c04 6 (o10 refunded, o11 cancelled) | c05 10 + 20 = 30 | c06 15 + 6
// + 18 = 39 | c07 50 | c08 8 + 4 = 12 | c09 25 + 50 + 10 (o22, 1 Nov local) = 85 | c10 600 − 50 = 550
// | c11 505 | c12 35 (pending counts) + 50 (o26 voided) = 85 | c13 40 | c14 10 | c16 6 + 9 = 15.
// c15 has only a refunded order: not a customer here. 15 customers, 3,312 in all.
describe("customers history on the KPI fixture", () => {
  it("repeat purchase rate: customers with 2+ counted orders ÷ customers with 1+", () => {
    // 2+: c01 (4), c02, c03 (3), c05, c06 (3), c09 (3), c12 (o25 + o27), c13, c16 = 9.
    // One only: c04, c07, c08, c10, c11, c14 = 6.
    expect(report.repeatPurchaseRate).toEqual({ repeatCustomers: 9, customers: 15, value: 0.6 });
  });

  it("LTV distribution: mean, percentiles and bars of revenue per customer", () => {
    const { ltv } = report;
    expect(ltv).toMatchObject({ customers: 15, total: 3312, min: 6, max: 1300 });
    expect(ltv.mean).toBeCloseTo(220.8, 9); // 3312 / 15
    // Sorted: 6 10 12 15 25 30 39 40 50 85 85 505 550 560 1300; h = 14p, between ranks ⌊h⌋+1 and ⌊h⌋+2.
    const p = Object.fromEntries(ltv.percentiles.map((x) => [x.p, x.value]));
    expect(p[0.1]).toBeCloseTo(10.8, 9); // h 1.4: 10 + 0.4 × (12 − 10)
    expect(p[0.25]).toBeCloseTo(20, 9); // h 3.5: 15 + 0.5 × 10
    expect(p[0.5]).toBe(40); // h 7: rank 8
    expect(p[0.75]).toBeCloseTo(295, 9); // h 10.5: 85 + 0.5 × 420
    expect(p[0.9]).toBeCloseTo(556, 9); // h 12.6: 550 + 0.6 × 10
    expect(p[0.99]).toBeCloseTo(1196.4, 9); // h 13.86: 560 + 0.86 × 740
    // p99 1196.4 → bars of 100 up to 1,200 and an open bar above: 11 below 100, 505/550/560, and 1300.
    expect(ltv.bins).toHaveLength(13);
    expect(ltv.bins[0]).toEqual({ from: 0, to: 100, customers: 11 });
    expect(ltv.bins[5]).toEqual({ from: 500, to: 600, customers: 3 });
    expect(ltv.bins[12]).toEqual({ from: 1200, to: null, customers: 1 });
    expect(ltv.bins.reduce((s, b) => s + b.customers, 0)).toBe(15);
  });

  it("cohorts: revenue per cohort customer by months since the first order, in the workspace's months", () => {
    const { cohorts } = report;
    // Months from the first counted order (1 Aug) to the last (o22: 1 Nov 00:00 Amsterdam).
    expect(cohorts.columns).toBe(4);
    expect(cohorts.lastMonth).toBe("2025-11");
    const rows = cohorts.cohorts.map((c) => [c.month, c.customers, c.cells.map((x) => Math.round(x.revenuePerCustomer * 1000) / 1000)]);
    expect(rows).toEqual([
      // August: c06 15, c13 40 → 55 / 2; October: c06 6 + 18 = 24 / 2; nothing in September or November.
      ["2025-08", 2, [27.5, 0, 12, 0]],
      // September: c01 520, c03 5, c10 550, c16 6 → 1081 / 4; October: c01 40, c03 20, c16 9 → 69 / 4.
      ["2025-09", 4, [270.25, 17.25, 0]],
      // October (c09's o20 is 1 Oct 00:30 local): c02 1300, c04 6, c05 30, c07 50, c08 12, c09 75,
      // c11 505, c12 85, c14 10 → 2073 / 9; November: c09's o22, 10 / 9.
      ["2025-10", 9, [230.333, 1.111]],
    ]);
    expect(cohorts.cohorts[0].cells.map((c) => c.activeCustomers)).toEqual([2, 0, 1, 0]);
    expect(cohorts.cohorts[1].cells[2].cumulativePerCustomer).toBeCloseTo(287.5, 9); // 270.25 + 17.25
    // Every counted euro is in the triangle once.
    const total = cohorts.cohorts.reduce((s, c) => s + c.cells[c.cells.length - 1].cumulativePerCustomer * c.customers, 0);
    expect(total).toBeCloseTo(3312, 9);
  });
});
