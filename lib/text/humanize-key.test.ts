import { describe, expect, it } from "vitest";
import { humanizeKey, valueInWords } from "./humanize-key";

describe("humanizeKey", () => {
  it("turns a file's snake_case or kebab-case column name into words", () => {
    expect(humanizeKey("loyalty_tier")).toBe("Loyalty tier");
    expect(humanizeKey("vip")).toBe("Vip");
    expect(humanizeKey("customer-group__2")).toBe("Customer group 2");
  });

  it("leaves names that already read as words", () => {
    expect(humanizeKey("Loyalty tier")).toBe("Loyalty tier");
    expect(humanizeKey("klantGroep")).toBe("klantGroep");
    expect(humanizeKey("geboorteplaats (NL)")).toBe("geboorteplaats (NL)");
  });
});

describe("valueInWords", () => {
  it("says a coded value in words and leaves the shop's own words", () => {
    expect(valueInWords("paid_search")).toBe("Paid search");
    expect(valueInWords("organic")).toBe("organic");
    expect(valueInWords("TV-55")).toBe("TV-55");
    expect(valueInWords("Paid_Search")).toBe("Paid_Search");
  });
});
