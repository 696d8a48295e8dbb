import { describe, expect, it } from "vitest";
import { orderMargin } from "./order-margin";

describe("orderMargin", () => {
  it("sums the lines whose product has a cost; a return takes its margin back", () => {
    const cost = new Map<number, number | null>([
      [1, 6],
      [2, null],
      [3, 0],
    ]);
    const lines = [
      { productId: 1, quantity: 3, unitPrice: 10, discount: 2 }, // revenue 28, margin 3 × 4 − 2 = 10
      { productId: 2, quantity: 1, unitPrice: 50, discount: 0 }, // no cost: left out
      { productId: 3, quantity: 2, unitPrice: 5, discount: 0 }, // free to make: revenue 10, margin 10
      { productId: 1, quantity: -1, unitPrice: 10, discount: 0 }, // returned: revenue −10, margin −4
    ];
    expect(orderMargin(lines, (id) => cost.get(id) ?? null)).toEqual({ revenueWithCost: 28, grossMargin: 16, linesWithCost: 3 });
    expect(orderMargin([], () => 1)).toEqual({ revenueWithCost: 0, grossMargin: 0, linesWithCost: 0 });
  });
});
