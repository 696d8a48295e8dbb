import { describe, expect, it } from "vitest";
import { customerColumnOf, kpiQuerySchema } from "./filters";

describe("kpiQuerySchema", () => {
  it("refuses days that do not exist, with a message", () => {
    for (const from of ["2025-13-45", "2025-02-30", "2025-00-10"]) {
      const r = kpiQuerySchema.safeParse({ from });
      expect(r.success, from).toBe(false);
      expect(r.error?.issues[0].message).toBe("No such day: use a date like 2025-10-31");
    }
    expect(kpiQuerySchema.parse({ from: "2024-02-29" }).from).toBe("2024-02-29");
  });
});

describe("customerColumnOf", () => {
  it("names a customers column only for its own keys: Object's properties are custom attribute keys", () => {
    expect(customerColumnOf("region")).toBe("region");
    for (const key of ["constructor", "__proto__", "toString", "hasOwnProperty", "loyalty_tier"]) expect(customerColumnOf(key), key).toBeNull();
  });
});
