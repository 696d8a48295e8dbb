import { describe, expect, it } from "vitest";
import { checkPriceRange } from "./check-price-range";

describe("checkPriceRange", () => {
  it("accepts a suggestion from a quarter of the cheapest to the dearest purchased item", () => {
    // Bought a 40.00 case and a 20.00 charger: range 20 · 0.25 = 5.00 to 40.00.
    expect(checkPriceRange([40, 20], 12.5)).toEqual({ inRange: true, low: 5, high: 40 });
    expect(checkPriceRange([40, 20], 40).inRange).toBe(true);
    expect(checkPriceRange([40, 20], 5).inRange).toBe(true);
    expect(checkPriceRange([40, 20], 40.01).inRange).toBe(false);
    expect(checkPriceRange([40, 20], 4.99).inRange).toBe(false);
  });

  it("takes both factors as parameters", () => {
    // Allow up to 1.5 × 40 = 60 and from 0.5 × 20 = 10.
    const range = checkPriceRange([40, 20], 55, { upperFactor: 1.5, lowerFactor: 0.5 });
    expect(range).toEqual({ inRange: true, low: 10, high: 60 });
  });

  it("explains bad input", () => {
    expect(() => checkPriceRange([], 5)).toThrow(/at least one/);
    expect(() => checkPriceRange([10], -1)).toThrow(/0 or more/);
    expect(() => checkPriceRange([10], 5, { lowerFactor: 2, upperFactor: 1 })).toThrow(/lowerFactor/);
  });
});
