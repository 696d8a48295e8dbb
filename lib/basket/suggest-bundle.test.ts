import { describe, expect, it } from "vitest";
import { suggestBundle } from "./suggest-bundle";

describe("suggestBundle", () => {
  it("sums the prices in whole cents", () => {
    expect(suggestBundle([19.99, 29.99])).toEqual({ listPrice: 49.98, bundlePrice: 49.98, saving: 0 });
  });

  it("applies a bundle discount, rounded to the cent", () => {
    // 49.98 less 10% = 44.982 → 44.98; saving 5.00.
    expect(suggestBundle([19.99, 29.99], { discount: 0.1 })).toEqual({ listPrice: 49.98, bundlePrice: 44.98, saving: 5 });
  });

  it("explains bad input", () => {
    expect(() => suggestBundle([])).toThrow(/at least one/);
    expect(() => suggestBundle([10], { discount: 1 })).toThrow(/discount/);
  });
});
