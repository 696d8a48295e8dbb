import { describe, expect, it } from "vitest";
import { countryName } from "./country-name";

describe("countryName", () => {
  it("names a two-letter country code in the page's language", () => {
    expect(countryName("US", "en")).toBe("United States");
    expect(countryName("US", "nl")).toBe("Verenigde Staten");
    expect(countryName("nl", "nl")).toBe("Nederland");
    expect(countryName("ZA", "en")).toBe("South Africa");
  });

  it("leaves names and codes that are no country alone", () => {
    expect(countryName("United Kingdom", "en")).toBeNull();
    expect(countryName("XX", "en")).toBeNull();
    expect(countryName("USA", "en")).toBeNull();
    expect(countryName("", "en")).toBeNull();
  });
});
