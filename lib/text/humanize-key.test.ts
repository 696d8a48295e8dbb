import { describe, expect, it } from "vitest";
import { humanizeKey } from "./humanize-key";

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
