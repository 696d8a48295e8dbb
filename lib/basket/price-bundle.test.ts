import { describe, expect, it } from "vitest";
import { priceBundle } from "./price-bundle";

describe("priceBundle", () => {
  it("takes 10% off when half the margin is more than that", () => {
    // List 100 + 50 = 150, cost 90: margin 40%, half is 20%, so the 10% cap applies: 135.00, margin 45.00.
    expect(
      priceBundle([
        { price: 100, cost: 60 },
        { price: 50, cost: 30 },
      ]),
    ).toEqual({ listPrice: 150, bundlePrice: 135, saving: 15, discount: 0.1, margin: 45 });
  });

  it("gives away at most half the margin, in whole percents rounded down", () => {
    // List 450, cost 370: margin 80 / 450 = 17.8%, half 8.9% → 8%: 450 × 0.92 = 414.00, margin 44.00.
    expect(
      priceBundle([
        { price: 200, cost: 140 },
        { price: 250, cost: 230 },
      ]),
    ).toEqual({ listPrice: 450, bundlePrice: 414, saving: 36, discount: 0.08, margin: 44 });
    // Margin exactly 10%: half is 5%, not floored to 4%.
    expect(
      priceBundle([
        { price: 100, cost: 90 },
        { price: 50, cost: 45 },
      ]),
    ).toMatchObject({ bundlePrice: 142.5, discount: 0.05, margin: 7.5 });
  });

  it("gives no discount on a bundle sold at a loss, or on free items", () => {
    expect(
      priceBundle([
        { price: 10, cost: 12 },
        { price: 5, cost: 4 },
      ]),
    ).toEqual({ listPrice: 15, bundlePrice: 15, saving: 0, discount: 0, margin: -1 });
    expect(
      priceBundle([
        { price: 0, cost: 0 },
        { price: 0, cost: 0 },
      ]),
    ).toMatchObject({ bundlePrice: 0, discount: 0, margin: 0 });
  });

  it("takes a cautious 5% when a cost is unknown, and reports no margin", () => {
    // 19.99 + 29.99 = 49.98, less 5% = 47.481 → 47.48.
    expect(
      priceBundle([
        { price: 19.99, cost: 12 },
        { price: 29.99, cost: null },
      ]),
    ).toEqual({ listPrice: 49.98, bundlePrice: 47.48, saving: 2.5, discount: 0.05, margin: null });
  });

  it("explains bad costs and prices", () => {
    expect(() => priceBundle([{ price: 10, cost: -1 }])).toThrow(/Costs must be/);
    expect(() => priceBundle([{ price: Number.NaN, cost: 1 }])).toThrow(/Prices must be/);
  });
});
