import { describe, expect, it } from "vitest";
import { segmentDimensionSchema } from "./dimensions";

describe("segmentDimensionSchema", () => {
  it("reads built-in columns, derived dimensions and custom attributes", () => {
    expect(segmentDimensionSchema.parse(" region ")).toEqual({ kind: "column", key: "region" });
    expect(segmentDimensionSchema.parse("age_band")).toEqual({ kind: "age_band", key: "age_band" });
    expect(segmentDimensionSchema.parse("rfm")).toEqual({ kind: "rfm", key: "rfm" });
    expect(segmentDimensionSchema.parse("loyalty_tier")).toEqual({ kind: "attribute", key: "loyalty_tier" });
  });

  it("rejects an empty name and points birth_year to age_band", () => {
    expect(segmentDimensionSchema.safeParse("").error?.issues[0].message).toMatch(/Name a dimension/);
    expect(segmentDimensionSchema.safeParse("birth_year").error?.issues[0].message).toMatch(/age_band/);
  });
});
