import { describe, expect, it } from "vitest";
import { closestHeader } from "./closest-header";
import { editDistance } from "./edit-distance";

describe("editDistance", () => {
  it("counts insertions, deletions, replacements and neighbour swaps as one edit each", () => {
    expect(editDistance("orderdate", "orderdate")).toBe(0);
    expect(editDistance("oderdate", "orderdate")).toBe(1);
    expect(editDistance("nmae", "name")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closestHeader", () => {
  it("suggests a header with a typo", () => {
    expect(closestHeader(["order_date", "besteldatum"], ["Order ID", "Oder Date", "SKU"])).toBe("Oder Date");
    expect(closestHeader(["name"], ["sku", "nmae"])).toBe("nmae");
    expect(closestHeader(["unit price", "prijs"], ["Prjs", "Aantal"])).toBe("Prjs");
  });
  it("suggests nothing far-fetched", () => {
    expect(closestHeader(["quantity", "qty"], ["T", "t_x", "frequency"])).toBeNull();
    expect(closestHeader(["order_date"], ["customer_id", "sku"])).toBeNull();
  });
});
