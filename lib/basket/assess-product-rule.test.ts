import { describe, expect, it } from "vitest";
import { assessProductRule } from "./assess-product-rule";

const machine = { price: 200, cost: 140 };
const jug = { price: 20, cost: 8 };
const grinder = { price: 250, cost: 230 };

describe("assessProductRule", () => {
  it("places the consequent against the antecedent's price range", () => {
    // Range of a 200 purchase: 200 × 0.25 = 50 up to 200.
    expect(assessProductRule([machine], jug).priceFit).toEqual({ position: "below", price: 20, low: 50, high: 200 });
    expect(assessProductRule([jug], machine).priceFit).toEqual({ position: "above", price: 200, low: 5, high: 20 });
    // 250 × 0.25 = 62.5 up to 250: the 200 machine fits.
    expect(assessProductRule([grinder], machine).priceFit).toEqual({ position: "in", price: 200, low: 62.5, high: 250 });
    // Two items bought: from the cheaper × 0.25 to the dearer.
    expect(assessProductRule([jug, grinder], machine).priceFit).toMatchObject({ position: "in", low: 5, high: 250 });
  });

  it("prices the bundle of all the rule's products", () => {
    expect(assessProductRule([grinder], machine).bundle).toMatchObject({ listPrice: 450, bundlePrice: 414 });
  });

  it("gives no advice when a list price is missing", () => {
    expect(assessProductRule([machine], { price: null, cost: null })).toEqual({ priceFit: null, bundle: null });
    expect(assessProductRule([{ price: null, cost: 3 }], jug)).toEqual({ priceFit: null, bundle: null });
  });
});
