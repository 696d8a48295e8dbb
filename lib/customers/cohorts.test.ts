import { describe, expect, it } from "vitest";
import { shapeCohortTriangle } from "./cohorts";

describe("shapeCohortTriangle", () => {
  it("fills months without orders with 0, stops each row at the last month and adds up the cumulative value", () => {
    const t = shapeCohortTriangle(
      ["2025-01", "2025-02", "2025-03"],
      [
        { cohort: 0, offset: 0, customers: 4, revenue: 400 }, // 4 customers, 100 each
        { cohort: 0, offset: 2, customers: 1, revenue: 50 }, // nobody in February
        { cohort: 1, offset: 0, customers: 2, revenue: 30 },
        { cohort: 1, offset: 1, customers: 2, revenue: 90 },
      ],
    );
    expect(t.columns).toBe(3);
    expect(t.lastMonth).toBe("2025-03");
    expect(t.cohorts).toEqual([
      {
        month: "2025-01",
        customers: 4,
        cells: [
          { offset: 0, activeCustomers: 4, revenuePerCustomer: 100, cumulativePerCustomer: 100 },
          { offset: 1, activeCustomers: 0, revenuePerCustomer: 0, cumulativePerCustomer: 100 },
          { offset: 2, activeCustomers: 1, revenuePerCustomer: 12.5, cumulativePerCustomer: 112.5 },
        ],
      },
      {
        month: "2025-02",
        customers: 2,
        cells: [
          { offset: 0, activeCustomers: 2, revenuePerCustomer: 15, cumulativePerCustomer: 15 },
          { offset: 1, activeCustomers: 2, revenuePerCustomer: 45, cumulativePerCustomer: 60 },
        ],
      },
    ]);
    expect(t.maxPerCustomer).toBe(100);
    expect(t.maxCumulative).toBe(112.5);
  });

  it("is empty without orders", () => {
    expect(shapeCohortTriangle([], [])).toEqual({ columns: 0, cohorts: [], maxPerCustomer: 0, maxCumulative: 0, lastMonth: null });
  });
});
