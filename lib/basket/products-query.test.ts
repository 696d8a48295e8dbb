import { describe, expect, it } from "vitest";
import { PRODUCTS_DEFAULTS, productsQuerySchema } from "./products-query";

const error = (input: Record<string, unknown>) => {
  const r = productsQuerySchema.safeParse(input);
  return r.success ? null : r.error.issues[0].message;
};

describe("productsQuerySchema", () => {
  it("fills the defaults and reads the URL's strings", () => {
    expect(productsQuerySchema.parse({})).toEqual(PRODUCTS_DEFAULTS);
    expect(
      productsQuerySchema.parse({
        level: "category",
        minSupport: "0.01",
        minLift: "2",
        minLength: "3",
        maxLength: "4",
        hideChance: "true",
        sort: "support",
        from: "2025-01-01",
      }),
    ).toEqual({
      level: "category",
      minSupport: 0.01,
      minOrders: PRODUCTS_DEFAULTS.minOrders,
      minConfidence: PRODUCTS_DEFAULTS.minConfidence,
      minLift: 2,
      minLength: 3,
      maxLength: 4,
      hideChance: true,
      sort: "support",
      from: "2025-01-01",
    });
    expect(productsQuerySchema.parse({ hideChance: "false" }).hideChance).toBe(false);
  });

  it("says which number is wrong and what is expected", () => {
    expect(error({ minSupport: "abc" })).toBe("minSupport must be a number, e.g. 0.001 (0.1% of orders)");
    expect(error({ minSupport: "0" })).toBe("minSupport is a share of orders from 0.0001 to 1, e.g. 0.001 (0.1% of orders)");
    expect(error({ minSupport: "5" })).toMatch(/^minSupport is a share of orders from 0.0001 to 1/);
    expect(error({ minConfidence: "1.5" })).toMatch(/^minConfidence is a share of orders from 0 to 1/);
    expect(error({ minLift: "-1" })).toBe("minLift is a ratio of 0 or more, e.g. 1.5");
    expect(error({ minLift: "Infinity" })).toMatch(/^minLift must be a number/);
    expect(error({ minLength: "1" })).toBe("minLength is a whole number of products, from 2 to 5");
    expect(error({ maxLength: "2.5" })).toBe("maxLength is a whole number of products, from 2 to 5");
    expect(error({ maxLength: "9" })).toBe("maxLength is a whole number of products, from 2 to 5");
    expect(error({ minLength: "4", maxLength: "3" })).toBe("maxLength must be at least minLength");
  });

  it("rejects unknown choices and bad dates", () => {
    expect(error({ level: "brand" })).toBe("level is product or category");
    expect(error({ sort: "count" })).toBe("sort is one of leverage, lift, support, confidence");
    expect(error({ hideChance: "maybe" })).toBe("hideChance is true or false");
    expect(error({ from: "31-10-2025" })).toBe("Use a date like 2025-10-31");
    expect(error({ from: "2025-10-31", to: "2025-10-01" })).toBe("from must be on or before to");
  });
});
